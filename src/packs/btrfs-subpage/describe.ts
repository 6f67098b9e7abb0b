// The pack's event describer: its own events (buffer_radix operations, loads and uses
// of page->private) and the engine's events it words its own way (the page's fields,
// the subpage's life, the page lock), in the kernel's words. The narration lists them
// ("page->private S → 0"), talk notes say what to point at ("point at page->private:
// S → 0"), and the CLI prints them per step. The rest (the other locks, a skip, an
// Oops, a broken invariant) get the registry's default words (src/packs/words.ts).

import type { EngineEvent, Frame, LocalValue, SetEvent } from '../../engine';
import type { EventWords } from '../contract';
import { isDeref, isLoad, isRadix, type RadixEvent } from './model/events';
import { bitmap16 } from './model/geometry';

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
  if (e.obj === 'page') return { subject: PAGE_FIELDS[e.field] ?? `page->${e.field}`, text: arrow };
  if (e.obj === 'subpage') {
    // The free is said once, by the 'free' event.
    if (e.field === 'freed') return null;
    return { subject: `${e.id}->${e.field}`, text: arrow };
  }
  if (e.obj === 'eb') {
    if (e.field === 'flags') return { subject: `${e.id}->bflags`, text: arrow };
    if (e.field === 'pages0') return { subject: `${e.id}->pages[0]`, text: e.to ? '= P' : 'dropped' };
    if (e.field === 'attached') return { subject: `eb ${e.id}`, text: e.to ? 'attached to page P' : 'detached from page P' };
    if (e.field === 'life') return { subject: `eb ${e.id}`, text: arrow };
    return { subject: `${e.id}->${e.field}`, text: arrow };
  }
  if (e.obj === 'io_tree') {
    return { subject: `${e.id} io_tree ${e.field}`, text: `${e.from ?? 'none'} → ${e.to ?? 'cleared'}` };
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
      return { subject: `buffer_radix[${e.key}]`, text: `= ${found[0] ?? '?'}` };
    case 'delete':
      return { subject: `buffer_radix[${e.key}]`, text: `emptied (was ${found[0] ?? '?'})` };
    case 'lookup':
      return { subject: `buffer_radix[${e.key}]`, text: `looked up: ${found.length ? `eb ${found.join(', ')}` : 'nothing'}`, read: true };
    case 'gang_lookup':
      return {
        subject: 'buffer_radix',
        text: `gang lookup of up to ${e.count ?? '?'} from key ${e.key}: ${found.length ? `finds eb ${found.join(', ')}` : 'no eb in the page'}`,
        read: true,
      };
  }
}

export function describeEvent(e: EngineEvent, frame: Frame<unknown> | null): EventWords | null | undefined {
  if (isRadix(e)) return describeRadix(e);
  if (isLoad(e)) {
    return { subject: e.into, text: `= (struct btrfs_subpage *)page->private = ${e.ptr ?? '0 (NULL)'}`, read: true };
  }
  if (isDeref(e)) {
    if (e.ok) return null;
    return {
      subject: e.via ? `${e.via} (loaded from page->private)` : 'page->private',
      text: `dereferenced while ${e.ptr === null ? '0 (NULL)' : `pointing at freed subpage ${e.ptr}`}`,
      read: true,
      bad: true,
    };
  }
  switch (e.kind) {
    case 'set':
      return describeSet(e);
    case 'alloc':
      return { subject: `${e.obj === 'eb' ? 'eb' : 'subpage'} ${e.id}`, text: 'allocated' };
    case 'free':
      return { subject: `subpage ${e.id}`, text: 'kfree()d' };
    case 'lock':
      // The page lock is a bit of the page; the other locks, and a skipped step's, in the default words.
      if (e.lock === 'page_lock' && !frame?.skipped) return { subject: 'page P', text: `${e.op === 'acquire' ? 'locked' : 'unlocked'} by T${e.thread} (PG_locked)` };
      return undefined;
    case 'result':
      return { subject: `${e.name}()`, text: `= ${show(e.value, e.name)} (${e.detail})`, read: true };
    default:
      return undefined;
  }
}
