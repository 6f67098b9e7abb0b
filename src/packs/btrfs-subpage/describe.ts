// The pack's one event describer: every event of a step in the kernel's words. The
// narration lists them ("page->private S → 0"), talk notes say what to point at
// ("point at page->private: S → 0"), and the CLI prints them per step.

import type { EngineEvent, Frame, LocalValue, SetEvent } from '../../engine';
import type { EventWords } from '../contract';
import { isDeref, isLoad, isRadix, type RadixEvent } from './model/events';
import { bitmap16 } from './model/geometry';
import { LOCKS } from './model/model';

const show = (v: LocalValue, field: string): string => {
  if (v === null) return field === 'private' ? '0' : 'none';
  if (typeof v === 'boolean') return field === 'PG_private' ? (v ? '1' : '0') : String(v);
  if (field === 'flags') return v === '' ? '(none)' : String(v).split('|').join(' ');
  if (field.endsWith('_bitmap') && typeof v === 'number') return bitmap16(v);
  return String(v);
};

const PAGE_FIELDS: Readonly<Record<string, string>> = {
  PG_private: 'PagePrivate',
  private: 'page->private',
  refcount: 'page refcount',
};

function describeSet(e: SetEvent): EventWords | null {
  const arrow = `${show(e.from, e.field)} → ${show(e.to, e.field)}`;
  if (e.obj === 'page') return { subject: PAGE_FIELDS[e.field] ?? `page->${e.field}`, text: arrow, object: 'P' };
  if (e.obj === 'subpage') {
    // The free is said once, by the 'free' event.
    if (e.field === 'freed') return null;
    return { subject: `${e.id}->${e.field}`, text: arrow, object: e.id };
  }
  if (e.obj === 'eb') {
    if (e.field === 'flags') return { subject: `${e.id}->bflags`, text: arrow, object: e.id };
    if (e.field === 'pages0') return { subject: `${e.id}->pages[0]`, text: e.to ? '= P' : 'dropped', object: e.id };
    if (e.field === 'attached') return { subject: `eb ${e.id}`, text: e.to ? 'attached to page P' : 'detached from page P', object: e.id };
    if (e.field === 'life') return { subject: `eb ${e.id}`, text: arrow, object: e.id };
    return { subject: `${e.id}->${e.field}`, text: arrow, object: e.id };
  }
  if (e.obj === 'io_tree') {
    return { subject: `${e.id} io_tree ${e.field}`, text: `${e.from ?? 'none'} → ${e.to ?? 'cleared'}`, object: 'io_tree' };
  }
  return { subject: `${e.obj} ${e.id} ${e.field}`, text: arrow };
}

/** A buffer_radix operation as the call it is. */
export function radixCall(e: RadixEvent): string {
  const found = e.found ?? [];
  switch (e.op) {
    case 'lookup':
      return `radix_tree_lookup(&buffer_radix, ${e.key}) under rcu_read_lock(): ${found[0] ?? 'NULL'}`;
    case 'gang_lookup':
      return `radix_tree_gang_lookup(&buffer_radix, gang, ${e.key}, ${e.count ?? '?'}): ${found.length ? `found ${found.join(', ')}` : 'no eb in page P'}`;
    case 'insert':
      return `radix_tree_insert(&buffer_radix, ${e.key}, ${found[0] ?? '?'})`;
    case 'delete':
      return `radix_tree_delete(&buffer_radix, ${e.key}): slot emptied (was ${found[0] ?? '?'})`;
  }
}

function describeRadix(e: RadixEvent): EventWords {
  const found = e.found ?? [];
  switch (e.op) {
    case 'insert':
      return { subject: `buffer_radix[${e.key}]`, text: `= ${found[0] ?? '?'}`, object: 'radix' };
    case 'delete':
      return { subject: `buffer_radix[${e.key}]`, text: `emptied (was ${found[0] ?? '?'})`, object: 'radix' };
    case 'lookup':
      return { subject: `buffer_radix[${e.key}]`, text: `looked up: ${found.length ? `eb ${found.join(', ')}` : 'nothing'}`, object: 'radix', read: true };
    case 'gang_lookup':
      return {
        subject: 'buffer_radix',
        text: `gang lookup of up to ${e.count ?? '?'} from key ${e.key}: ${found.length ? `finds eb ${found.join(', ')}` : 'no eb in the page'}`,
        object: 'radix',
        read: true,
      };
  }
}

export function describeEvent(e: EngineEvent, _frame: Frame<unknown> | null): EventWords | null {
  if (isRadix(e)) return describeRadix(e);
  if (isLoad(e)) {
    return { subject: e.into, text: `= (struct btrfs_subpage *)page->private = ${e.ptr ?? '0 (NULL)'}`, object: 'P', read: true };
  }
  if (isDeref(e)) {
    if (e.ok) return null;
    return {
      subject: e.via ? `${e.via} (loaded from page->private)` : 'page->private',
      text: `dereferenced while ${e.ptr === null ? '0 (NULL)' : `pointing at freed subpage ${e.ptr}`}`,
      object: 'P',
      read: true,
      bad: true,
    };
  }
  switch (e.kind) {
    case 'set':
      return describeSet(e);
    case 'alloc':
      return { subject: `${e.obj === 'eb' ? 'eb' : 'subpage'} ${e.id}`, text: 'allocated', object: e.id };
    case 'free':
      return { subject: `subpage ${e.id}`, text: 'kfree()d', object: e.id };
    case 'lock': {
      const name = LOCKS[e.lock]?.name ?? e.lock;
      // A skipped step keeps its slot and, in the engine, its locks; the kernel's thread took none.
      if (_frame?.skipped) return { subject: name, text: `not taken: T${e.thread} skips this step`, object: `lock:${e.lock}`, read: true };
      if (e.lock === 'page_lock') return { subject: 'page P', text: `${e.op === 'acquire' ? 'locked' : 'unlocked'} by T${e.thread} (PG_locked)`, object: 'P' };
      return { subject: name, text: `${e.op === 'acquire' ? 'taken' : 'dropped'} by T${e.thread}`, object: `lock:${e.lock}` };
    }
    case 'result':
      return { subject: `${e.name}()`, text: `= ${show(e.value, e.name)} (${e.detail})`, read: true };
    case 'skip':
      return { subject: null, text: `skipped: ${e.reason}` };
    case 'oops':
      return { subject: `T${e.thread}`, text: `Oops: ${e.log[0] ?? ''}` };
    case 'invariant':
      return { subject: e.invariant, text: `breaks: ${e.message}` };
    default:
      return null;
  }
}
