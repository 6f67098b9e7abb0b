// Speaker notes for a frame: its narration, and what to point at on the picture, in
// the words of the scenario's pack describer ("point at page->private: S → 0").

import type { Frame, Model } from '../../engine';
import { describerOf, scenarioOf } from '../../packs';

export interface SpeakerNotes {
  title: string;
  narration: string;
  pointers: string[];
}

export function notesFor(model: Model<unknown>, frame: Frame<unknown> | null): SpeakerNotes {
  if (!frame) return { title: 'Initial state', narration: scenarioOf(model.scenario).intro, pointers: [] };
  const describeEvent = describerOf(model);
  const pointers: string[] = [];
  const add = (p: string) => {
    if (!pointers.includes(p)) pointers.push(p);
  };
  for (const e of frame.events) {
    // The broken invariants are said once, from the frame's violations below.
    if (e.kind === 'invariant') continue;
    const w = describeEvent(e, frame);
    if (!w) continue;
    add(w.subject ? `point at ${w.subject}: ${w.text}` : w.text);
  }
  for (const v of frame.violations) add(`point at the verdict: ${v.invariant} breaks (${v.message})`);
  return {
    title: `Step ${frame.step}: T${frame.thread} ${frame.op}${frame.skipped ? ' (skipped)' : ''}`,
    // A skipped step is told by why it was skipped, not by what its branch would have done.
    narration: frame.skipped ? `Skipped: ${frame.skipped}` : frame.def.narration,
    pointers,
  };
}
