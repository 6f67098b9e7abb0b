import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { introSeen } from './components/legend/openLegend';
import { setDevFreeze } from './engine';
import { openFromLink } from './permalink/sync';
import { presenterStoreFor } from './presenter/follow';
import { createAppStore } from './store/store';
import './styles/base.css';

// Deep-freezing engine states is a development safeguard; production skips its cost.
setDevFreeze(import.meta.env.DEV);

const root = document.getElementById('root');
if (root) {
  // The URL hash is the view: open at the link, then keep both in step (src/permalink).
  // A presenter window follows its stage instead, not its own address (src/presenter).
  const store = presenterStoreFor(window.location.hash) ?? openFromLink(createAppStore, window, !introSeen()).store;
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
}
