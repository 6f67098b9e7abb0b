// A frame's events in words, through the scenario's pack describer (the one describer
// the narration, the talk notes and the CLI share).

import type { Frame, Model } from '../../engine';
import { describerOf } from '../../packs';

/** What the step changed, as short phrases in event order ("page->private S → 0"). */
export function changedWords(model: Model<unknown>, frame: Frame<unknown> | null): string[] {
  if (!frame) return [];
  const describeEvent = describerOf(model);
  const out: string[] = [];
  for (const e of frame.events) {
    // Said elsewhere in the narration: the skip, the Oops, the broken invariant, the answers.
    if (e.kind === 'skip' || e.kind === 'oops' || e.kind === 'invariant' || e.kind === 'result') continue;
    const w = describeEvent(e, frame);
    if (!w || w.read) continue;
    out.push(w.subject ? `${w.subject} ${w.text}` : w.text);
  }
  return out;
}

/** The events that are themselves the fault (a bad dereference), in words. */
export function faultWords(model: Model<unknown>, frame: Frame<unknown> | null): string[] {
  if (!frame) return [];
  const describeEvent = describerOf(model);
  const out: string[] = [];
  for (const e of frame.events) {
    const w = describeEvent(e, frame);
    if (w?.bad) out.push(w.subject ? `${w.subject} ${w.text}` : w.text);
  }
  return out;
}

/** What an invariant says, from the model's own list. */
export function invariantTitle(model: Pick<Model<unknown>, 'invariants'>, id: string): string {
  return model.invariants.find((i) => i.id === id)?.title ?? '';
}
