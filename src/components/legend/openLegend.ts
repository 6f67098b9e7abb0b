// Opens the legend from anywhere (a button, the "?" key in the action registry).
import { LEGEND_EVENT } from '../../actions/registry';

export function openLegend(): void {
  window.dispatchEvent(new Event(LEGEND_EVENT));
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
