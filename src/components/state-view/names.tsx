// Kernel names for what the picture labels, and the per-thread marker (colour AND a
// shape AND the text "Tn", so colour is never the only cue).

import type { Tid } from '../../engine';

/** How the kernel spells each lock of the model (RACE.md section 4). */
export const LOCK_NAMES: Readonly<Record<string, { name: string; kind: string; note: string }>> = {
  page_lock: {
    name: 'PG_locked',
    kind: 'page lock (sleeping)',
    note: 'lock_page() in find_or_create_page(); a waiter sleeps',
  },
  private_lock: { name: 'mapping->private_lock', kind: 'spinlock', note: 'guards PagePrivate and page->private' },
  buffer_lock: { name: 'fs_info->buffer_lock', kind: 'spinlock', note: 'guards buffer_radix updates' },
  refs_lock: { name: 'B->refs_lock', kind: 'spinlock', note: 'eb->refs_lock of eb B' },
};

export const lockName = (lock: string): string => LOCK_NAMES[lock]?.name ?? lock;

// The same shapes as the timeline's chips and the legend.
const SHAPES: Readonly<Record<number, string>> = { 1: '●', 2: '▲', 3: '■' };

export const threadShape = (tid: Tid): string => SHAPES[tid] ?? '◆';
export const threadClass = (tid: Tid): string => `sv-t${tid}`;

/** "● T1" in T1's colour; the shape is decorative, the text carries the meaning. */
export function ThreadTag({ tid, className }: { tid: Tid; className?: string }) {
  return (
    <span className={`sv-tid ${threadClass(tid)}${className ? ` ${className}` : ''}`}>
      <span aria-hidden="true">{threadShape(tid)}</span>T{tid}
    </span>
  );
}

/** The "changed in this step" marker: an outline plus this word, never colour alone. */
export function ChangedMark() {
  return <span className="sv-chg-mark">changed</span>;
}
