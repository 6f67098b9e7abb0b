// Entering and leaving talk mode. Full screen is asked for only from a user gesture
// (a click or a key press); a link with mode=talk gives the layout alone.

import { viewStore } from '../../permalink/view';

export function enterTalk(gesture: boolean): void {
  viewStore.getState().setMode('talk');
  const el = document.documentElement;
  if (gesture && !document.fullscreenElement && typeof el.requestFullscreen === 'function') {
    el.requestFullscreen().catch(() => {
      // Refused (no gesture, iframe without allowfullscreen): the layout is enough.
    });
  }
}

export function leaveTalk(): void {
  viewStore.getState().setMode('app');
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') {
    document.exitFullscreen().catch(() => {});
  }
}

export function toggleTalk(gesture: boolean): void {
  if (viewStore.getState().mode === 'talk') leaveTalk();
  else enterTalk(gesture);
}
