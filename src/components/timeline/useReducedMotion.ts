// prefers-reduced-motion as a React value, so drag and flash animations become
// instant changes for people who asked for that (jsdom has no matchMedia: no motion).

import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const mq = window.matchMedia(QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

const read = (): boolean => typeof window === 'undefined' || !window.matchMedia || window.matchMedia(QUERY).matches;

export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, read, () => true);
}
