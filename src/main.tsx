import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { setDevFreeze } from './engine';
import './styles/base.css';

// Deep-freezing engine states is a development safeguard; production skips its cost.
setDevFreeze(import.meta.env.DEV);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
