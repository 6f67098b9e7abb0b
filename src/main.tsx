// The tokens and base rules first: the components' stylesheets, imported by the
// components below, come after them in the cascade and so win over them.
import './styles/base.css';
import { StrictMode, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { introSeen } from './components/legend/openLegend';
import { setDevFreeze } from './engine';
import { openFromLink } from './permalink/sync';
import { presenterStoreFor } from './presenter/follow';
import { createAppStore } from './store/store';

// Deep-freezing engine states is a development safeguard; production skips its cost.
setDevFreeze(import.meta.env.DEV);

/** Removes the build-time copy of the default view (src/prerender.tsx) in the app's first commit: no frame shows both, none shows neither. */
function DropPrerender() {
  useLayoutEffect(() => {
    document.getElementById('prerender')?.remove();
  }, []);
  return null;
}

const root = document.getElementById('root');
if (root) {
  // The URL hash is the view: open at the link, then keep both in step (src/permalink).
  // A presenter window follows its stage instead, not its own address (src/presenter).
  const store = presenterStoreFor(window.location.hash) ?? openFromLink(createAppStore, window, !introSeen()).store;
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
      <DropPrerender />
    </StrictMode>,
  );
}
