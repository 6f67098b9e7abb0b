// The pointers the picture draws, read off one state: each eb's pages[0] (to page P
// or NULL) and page->private (to its btrfs_subpage, to a freed one, or 0). Pure: the
// view measures the boxes and draws these (src/ui/PointerLayer.tsx).

import type { EngineEvent, Frame } from '../../../engine';
import type { PointerSpec } from '../../../ui/PointerLayer';
import type { BtrfsKernel } from '../model/state';
import { EB_NAMES } from '../model/state';

/**
 * What page->private last pointed at before it became 0, from the steps run so far:
 * the broken arrow is drawn toward it. Read off the events (the 'set' that cleared it),
 * not worked out from the state.
 */
export function privateWas(past: readonly Frame<unknown>[]): string | null {
  for (let i = past.length - 1; i >= 0; i--) {
    const events: readonly EngineEvent[] = past[i]?.events ?? [];
    for (const e of events) {
      if (e.kind === 'set' && e.obj === 'page' && e.field === 'private') return e.to === null && typeof e.from === 'string' ? e.from : null;
    }
  }
  return null;
}

export function pointersOf(k: BtrfsKernel, past: readonly Frame<unknown>[], alarm: ReadonlySet<string>): PointerSpec[] {
  const out: PointerSpec[] = [];
  for (const name of EB_NAMES) {
    const eb = k.ebs[name];
    // A freed eb's fields are gone with it; one that never took the page has no arrow.
    if (!eb || eb.life === 'freed' || !eb.pages0) continue;
    out.push({ from: `${name}.pages0`, to: 'P', state: 'ok' });
  }
  const p = k.page.private;
  const target = p ? k.subpages[p] : undefined;
  if (p && target) out.push({ from: 'P.private', to: p, state: target.freed ? 'dangling' : 'ok', alarm: alarm.has('P.private') });
  else {
    const was = privateWas(past);
    out.push({ from: 'P.private', to: null, state: 'null', was: was && k.subpages[was as 'S'] ? was : null, alarm: alarm.has('P.private') });
  }
  return out;
}
