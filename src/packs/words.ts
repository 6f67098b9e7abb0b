// The default words for the engine's own events (a field set, an alloc or free, a lock,
// a check's answer, a skip, an Oops, a broken invariant), so that a pack's describer
// words only its own events and whatever it wants said its own way. The registry
// (index.ts, describerOf) asks the pack first and falls back to these.

import type { EngineEvent, Frame, LocalValue, Model } from '../engine';
import type { EventWords } from './contract';

/** A value as C would print it: a pointer that is gone is NULL. */
const show = (v: LocalValue): string => (v === null ? 'NULL' : String(v));

export function defaultWords(model: Pick<Model<unknown>, 'locks'>, e: EngineEvent, frame: Frame<unknown> | null): EventWords | null {
  switch (e.kind) {
    case 'set':
      return { subject: `${e.id}->${e.field}`, text: `${show(e.from)} → ${show(e.to)}` };
    case 'alloc':
      return { subject: `${e.obj} ${e.id}`, text: 'allocated' };
    case 'free':
      return { subject: `${e.obj} ${e.id}`, text: 'freed' };
    case 'lock': {
      const def = model.locks[e.lock];
      const name = def?.name ?? def?.label ?? e.lock;
      // A skipped step keeps its slot and, in the engine, its locks; the kernel's thread took none.
      if (frame?.skipped) return { subject: name, text: `not taken: T${e.thread} skips this step`, read: true };
      return { subject: name, text: `${e.op === 'acquire' ? 'taken' : 'dropped'} by T${e.thread}` };
    }
    case 'result':
      return { subject: `${e.name}()`, text: `= ${show(e.value)} (${e.detail})`, read: true };
    case 'skip':
      return { subject: null, text: `skipped: ${e.reason}` };
    case 'oops':
      return { subject: `T${e.thread}`, text: `Oops: ${e.log[0] ?? ''}` };
    case 'invariant':
      return { subject: e.invariant, text: `breaks: ${e.message}` };
    case 'pack':
      // A pack's own event that its describer did not word: nothing to say about it.
      return null;
  }
}
