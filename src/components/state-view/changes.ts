// What the step just executed changed, read off its events (never recomputed from
// states): the picture outlines these and the narration lists them in words.

import type { EngineEvent, Frame, LocalValue, SetEvent, Tid } from '../../engine';
import type { BtrfsKernel } from '../../scenarios';
import { lockName } from './names';

export type LockChange = 'taken' | 'dropped' | 'taken and dropped';
export type RadixEvent = Extract<EngineEvent, { kind: 'radix' }>;
export type ResultEvent = Extract<EngineEvent, { kind: 'result' }>;

export interface Changes {
  sets: readonly SetEvent[];
  /** `obj:id:field` of every field a 'set' event names. */
  fields: ReadonlySet<string>;
  /** `obj:id` of every object set, allocated or freed in this step. */
  objects: ReadonlySet<string>;
  allocs: ReadonlySet<string>;
  frees: ReadonlySet<string>;
  locks: Readonly<Record<string, { thread: Tid; change: LockChange }>>;
  radix: readonly RadixEvent[];
  deref: { ptr: string | null; ok: boolean } | null;
  results: readonly ResultEvent[];
  oops: { thread: Tid; log: readonly string[] } | null;
  invariant: { invariant: string; message: string } | null;
}

export const fieldKey = (obj: string, id: string, field: string): string => `${obj}:${id}:${field}`;
export const objKey = (obj: string, id: string): string => `${obj}:${id}`;

export const NO_CHANGES: Changes = changesOf(null);

export function changesOf(frame: Frame<BtrfsKernel> | null): Changes {
  const sets: SetEvent[] = [];
  const fields = new Set<string>();
  const objects = new Set<string>();
  const allocs = new Set<string>();
  const frees = new Set<string>();
  const locks: Record<string, { thread: Tid; change: LockChange }> = {};
  const radix: RadixEvent[] = [];
  const results: ResultEvent[] = [];
  let deref: Changes['deref'] = null;
  let oops: Changes['oops'] = null;
  let invariant: Changes['invariant'] = null;
  for (const e of frame?.events ?? []) {
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
        const change: LockChange = before && before.change !== (e.op === 'acquire' ? 'taken' : 'dropped') ? 'taken and dropped' : e.op === 'acquire' ? 'taken' : 'dropped';
        locks[e.lock] = { thread: e.thread, change };
        break;
      }
      case 'radix':
        radix.push(e);
        break;
      case 'deref':
        deref = { ptr: e.ptr, ok: e.ok };
        break;
      case 'result':
        results.push(e);
        break;
      case 'oops':
        oops = { thread: e.thread, log: e.log };
        break;
      case 'invariant':
        invariant = { invariant: e.invariant, message: e.message };
        break;
      case 'skip':
        break;
    }
  }
  return { sets, fields, objects, allocs, frees, locks, radix, deref, results, oops, invariant };
}

const show = (v: LocalValue, field: string): string => {
  if (v === null) return field === 'private' ? '0' : 'none';
  if (typeof v === 'boolean') return field === 'PG_private' ? (v ? '1' : '0') : String(v);
  if (field === 'flags') return v === '' ? '(none)' : String(v).split('|').join(' ');
  return String(v);
};

/** A 'set' event in the kernel's words, e.g. "page->private S -> 0". */
export function describeSet(e: SetEvent): string {
  const arrow = `${show(e.from, e.field)} → ${show(e.to, e.field)}`;
  if (e.obj === 'page') {
    if (e.field === 'PG_private') return `PagePrivate ${arrow}`;
    if (e.field === 'private') return `page->private ${arrow}`;
    if (e.field === 'refcount') return `page refcount ${arrow}`;
  }
  if (e.obj === 'subpage') {
    if (e.field === 'freed') return e.to ? `subpage ${e.id} kfree()d` : `subpage ${e.id} allocated`;
    return `${e.id}->${e.field} ${arrow}`;
  }
  if (e.obj === 'eb') {
    if (e.field === 'flags') return `${e.id}->bflags ${arrow}`;
    if (e.field === 'pages0') return `${e.id}->pages[0] ${e.to ? '= P' : 'dropped'}`;
    if (e.field === 'attached') return `eb ${e.id} ${e.to ? 'attached to' : 'detached from'} page P`;
    if (e.field === 'life') return `eb ${e.id} ${show(e.from, e.field)} → ${show(e.to, e.field)}`;
    return `${e.id}->${e.field} ${arrow}`;
  }
  return `${e.obj} ${e.id} ${e.field} ${arrow}`;
}

/** Every change of the step as short phrases, in event order. */
export function describeChanges(frame: Frame<BtrfsKernel> | null): string[] {
  const out: string[] = [];
  for (const e of frame?.events ?? []) {
    if (e.kind === 'set' && !(e.obj === 'subpage' && e.field === 'freed')) out.push(describeSet(e));
    else if (e.kind === 'alloc') out.push(e.obj === 'eb' ? `eb ${e.id} allocated` : `subpage ${e.id} allocated`);
    else if (e.kind === 'free') out.push(`subpage ${e.id} kfree()d`);
    else if (e.kind === 'lock' && e.lock === 'page_lock') out.push(`page P ${e.op === 'acquire' ? 'locked' : 'unlocked'} by T${e.thread} (PG_locked)`);
    else if (e.kind === 'lock') out.push(`${lockName(e.lock)} ${e.op === 'acquire' ? 'taken' : 'dropped'} by T${e.thread}`);
    else if (e.kind === 'radix' && e.op === 'insert') out.push(`buffer_radix[${e.key}] = ${e.found?.[0] ?? '?'}`);
    else if (e.kind === 'radix' && e.op === 'delete') out.push(`buffer_radix[${e.key}] emptied (was ${e.found?.[0] ?? '?'})`);
  }
  return out;
}
