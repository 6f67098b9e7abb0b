// Opening a presenter window (mode=presenter): its store comes from its own link, and
// from then on it follows its stage (follow.ts, loaded with the presenter's screen).

import { decodePermalink, defaultPermalink } from '../permalink/decode';
import { type AppStore, createAppStore } from '../store';

/** The store of a presenter window, from its own link; null when the link is not a presenter's. */
export function presenterStoreFor(hash: string): AppStore | null {
  if (!/(^#|&)mode=presenter(&|$)/.test(hash)) return null;
  const d = decodePermalink(hash);
  if (d.ok && d.value.view.mode !== 'presenter') return null;
  const choices = d.ok ? d.value.choices : defaultPermalink().choices;
  // Compare mode stays off: the presenter reads out the stage's own variant.
  return createAppStore({ choices, view: { mode: 'presenter', embed: false, compare: null } });
}
