// Opens the legend from anywhere (a button, the "?" key in the action registry).
import { LEGEND_EVENT } from '../../actions/registry';

export function openLegend(): void {
  window.dispatchEvent(new Event(LEGEND_EVENT));
}

/** localStorage key: set once the legend has been closed, so it opens by itself only once. */
export const LEGEND_SEEN_KEY = 'legend-seen';
