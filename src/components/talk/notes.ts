// Speaker notes for a frame: its narration, and what to point at on the picture,
// derived from the step's events (a 'set' of page.private -> "page->private").

import type { EngineEvent, Frame, LocalValue } from '../../engine';

const show = (v: LocalValue) => (v === null ? '0' : v === true ? 'true' : v === false ? 'false' : String(v));

const FIELD: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  page: { private: 'page->private', PG_private: 'PagePrivate', refcount: 'the page refcount' },
};

function objectName(obj: string, id: string, field: string): string {
  const known = FIELD[obj]?.[field];
  if (known) return known;
  if (obj === 'eb') return field === 'pages0' ? `eb ${id}->pages[0]` : `eb ${id}->${field}`;
  if (obj === 'subpage') return `subpage ${id}->${field}`;
  return `${obj} ${id}->${field}`;
}

export function pointerOf(e: EngineEvent, locks: Readonly<Record<string, string>> = {}): string | null {
  switch (e.kind) {
    case 'set':
      if (e.obj === 'subpage' && e.field === 'freed') return `point at subpage ${e.id}: freed`;
      if (e.obj === 'eb' && (e.field === 'life' || e.field === 'attached')) return null;
      return `point at ${objectName(e.obj, e.id, e.field)}: ${show(e.from)} -> ${show(e.to)}`;
    case 'radix':
      if (e.op === 'insert') return `point at buffer_radix slot ${e.key}: eb ${e.found?.[0] ?? '?'} goes in`;
      if (e.op === 'delete') return `point at buffer_radix slot ${e.key}: ${e.found?.[0] ? `eb ${e.found[0]} leaves` : 'emptied'}`;
      if (e.op === 'lookup') return `point at buffer_radix slot ${e.key}: the lookup finds ${e.found?.length ? `eb ${e.found.join(', ')}` : 'nothing'}`;
      return `point at buffer_radix from key ${e.key} (gang lookup of ${e.count ?? '?'}): ${e.found?.length ? `finds eb ${e.found.join(', ')}` : 'finds no eb in the page'}`;
    case 'lock':
      return `point at ${locks[e.lock] ?? e.lock}: T${e.thread} ${e.op === 'acquire' ? 'takes' : 'drops'} it`;
    case 'alloc':
      return `point at ${e.obj} ${e.id}: allocated`;
    case 'free':
      return e.obj === 'subpage' ? null : `point at ${e.obj} ${e.id}: freed`;
    case 'deref':
      return e.ok ? null : `point at page->private: dereferenced while ${e.ptr === null ? '0' : `pointing at freed ${e.ptr}`}`;
    case 'result':
      return `point at the answer: ${e.name}() = ${show(e.value)} (${e.detail})`;
    case 'skip':
      return `nothing changes here: ${e.reason}`;
    case 'oops':
      return `point at T${e.thread}'s Oops`;
    case 'invariant':
      return `point at the verdict: ${e.invariant} breaks (${e.message})`;
    default:
      return null;
  }
}

export interface SpeakerNotes {
  title: string;
  narration: string;
  pointers: string[];
}

export function notesFor<K>(frame: Frame<K> | null, locks: Readonly<Record<string, string>> = {}): SpeakerNotes {
  if (!frame) {
    return {
      title: 'Initial state',
      narration: 'Nothing has run yet. Page P holds eb B alone; page->private points at subpage S.',
      pointers: ['point at page P, page->private and slot 7696 of buffer_radix'],
    };
  }
  const pointers: string[] = [];
  for (const e of frame.events) {
    const p = pointerOf(e, locks);
    if (p && !pointers.includes(p)) pointers.push(p);
  }
  for (const v of frame.violations) {
    const p = `point at the verdict: ${v.invariant} breaks (${v.message})`;
    if (!pointers.includes(p)) pointers.push(p);
  }
  return {
    title: `Step ${frame.step}: T${frame.thread} ${frame.op}${frame.skipped ? ' (skipped)' : ''}`,
    narration: frame.def.narration,
    pointers,
  };
}
