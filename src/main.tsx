// The tokens and base rules first: the components' stylesheets, imported by the
// components below, come after them in the cascade and so win over them.
import './styles/base.css';
import { StrictMode, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { introSeen } from './components/legend/openLegend';
import { setDevFreeze } from './engine';
import { loadOldLists } from './permalink/carry';
import { needsOldLists } from './permalink/decode';
import { openFromLink, openFromTourLink } from './permalink/sync';
import { presenterStoreFor } from './presenter/open';
import type { AppStore } from './store';
import { createAppStore } from './store/store';
import { isTourLink } from './tours/address';

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
  const render = (store: AppStore) =>
    createRoot(root).render(
      <StrictMode>
        <App store={store} />
        <DropPrerender />
      </StrictMode>,
    );
  // The URL hash is the view: open at the link, then keep both in step (src/permalink).
  // A presenter window follows its stage instead, not its own address (src/presenter);
  // a tour link waits for its reader, a chunk of its own, so no other view shows first;
  // so does a link made under older step lists (src/permalink/old-lists.ts).
  const hash = window.location.hash;
  const presenter = presenterStoreFor(hash);
  if (presenter) render(presenter);
  else if (isTourLink(hash)) void openFromTourLink(createAppStore, window).then(({ store }) => render(store));
  else if (needsOldLists(hash))
    void loadOldLists()
      .catch(() => null)
      .then(() => render(openFromLink(createAppStore, window, !introSeen()).store));
  else render(openFromLink(createAppStore, window, !introSeen()).store);
}
