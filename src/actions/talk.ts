// Entering and leaving talk mode. Full screen is asked for only from a user gesture
// (a click or a key press); a link with mode=talk gives the layout alone.

import type { AppStore } from '../store';

export function enterTalk(store: AppStore, gesture: boolean): void {
  store.getState().setMode('talk');
  const el = document.documentElement;
  if (gesture && !document.fullscreenElement && typeof el.requestFullscreen === 'function') {
    el.requestFullscreen().catch(() => {
      // Refused (no gesture, iframe without allowfullscreen): the layout is enough.
    });
  }
}

export function leaveTalk(store: AppStore): void {
  store.getState().setMode('app');
  // A tour plays in talk mode only: leaving it ends the tour, on the view it had reached.
  store.getState().stopTour();
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') {
    document.exitFullscreen().catch(() => {});
  }
}

export function toggleTalk(store: AppStore, gesture: boolean): void {
  if (store.getState().mode === 'talk') leaveTalk(store);
  else enterTalk(store, gesture);
}
