// Opens the legend from anywhere in its instance (a button, the "?" key in the action
// registry): a signal to that instance's Legend alone (src/actions/signals.ts).
import { useCallback } from 'react';
import { LEGEND_EVENT } from '../../actions/registry';
import { signal } from '../../actions/signals';
import type { AppStore } from '../../store';
import { useAppStoreApi } from '../../store/react';

export function openLegend(store: AppStore): void {
  signal(store, LEGEND_EVENT);
}

/** A click handler that opens this instance's legend. */
export function useOpenLegend(): () => void {
  const store = useAppStoreApi();
  return useCallback(() => openLegend(store), [store]);
}

/**
 * localStorage key: set once a first visit has shown its one-line introduction
 * (IntroStrip), so it shows only once. The name is older than the strip.
 */
export const LEGEND_SEEN_KEY = 'legend-seen';

export function introSeen(): boolean {
  try {
    return window.localStorage.getItem(LEGEND_SEEN_KEY) !== null;
  } catch {
    return true; // storage blocked: never show it uninvited
  }
}

export function markIntroSeen(): void {
  try {
    window.localStorage.setItem(LEGEND_SEEN_KEY, '1');
  } catch {
    // storage blocked: nothing to remember
  }
}
