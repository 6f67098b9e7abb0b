// What the step just executed changed, read off its events (never recomputed from
// states): pictures outline these and the narration lists them in words. Generic over
// packs: a pack's own event kinds are passed through in `pack` for its picture.

import type { EngineEvent, Frame, PackEvent, ResultEvent, SetEvent, Tid } from '../engine';

export type LockChange = 'taken' | 'dropped' | 'taken and dropped';

export interface Changes {
  sets: readonly SetEvent[];
  /** `obj:id:field` of every field a 'set' event names. */
  fields: ReadonlySet<string>;
  /** `obj:id` of every object set, allocated or freed in this step. */
  objects: ReadonlySet<string>;
  allocs: ReadonlySet<string>;
  frees: ReadonlySet<string>;
  locks: Readonly<Record<string, { thread: Tid; change: LockChange }>>;
  results: readonly ResultEvent[];
  oops: { thread: Tid; log: readonly string[] } | null;
  invariant: { invariant: string; message: string } | null;
  /** The pack's own events of the step, in order. */
  pack: readonly PackEvent[];
}

export const fieldKey = (obj: string, id: string, field: string): string => `${obj}:${id}:${field}`;
export const objKey = (obj: string, id: string): string => `${obj}:${id}`;

export function changesOf(frame: Frame<unknown> | null): Changes {
  return changesOfEvents(frame?.events ?? []);
}

export function changesOfEvents(events: readonly EngineEvent[]): Changes {
  const sets: SetEvent[] = [];
  const fields = new Set<string>();
  const objects = new Set<string>();
  const allocs = new Set<string>();
  const frees = new Set<string>();
  const locks: Record<string, { thread: Tid; change: LockChange }> = {};
  const results: ResultEvent[] = [];
  const pack: PackEvent[] = [];
  let oops: Changes['oops'] = null;
  let invariant: Changes['invariant'] = null;
  for (const e of events) {
    switch (e.kind) {
      case 'set':
        sets.push(e);
        fields.add(fieldKey(e.obj, e.id, e.field));
        objects.add(objKey(e.obj, e.id));
        break;
      case 'alloc':
      case 'free':
        (e.kind === 'alloc' ? allocs : frees).add(objKey(e.obj, e.id));
        objects.add(objKey(e.obj, e.id));
        break;
      case 'lock': {
        const before = locks[e.lock];
        const now: LockChange = e.op === 'acquire' ? 'taken' : 'dropped';
        locks[e.lock] = { thread: e.thread, change: before && before.change !== now ? 'taken and dropped' : now };
        break;
      }
      case 'result':
        results.push(e);
        break;
      case 'oops':
        oops = { thread: e.thread, log: e.log };
        break;
      case 'invariant':
        invariant = { invariant: e.invariant, message: e.message };
        break;
      case 'pack':
        pack.push(e);
        break;
      case 'skip':
        break;
    }
  }
  return { sets, fields, objects, allocs, frees, locks, results, oops, invariant, pack };
}
