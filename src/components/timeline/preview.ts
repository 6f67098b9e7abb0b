// What a drop would do, computed before it happens: which chips travel with the
// dragged one, and whether the engine would refuse the new order. Pure, so the
// drag preview, the screen-reader announcements and the tests all agree with the
// store's own moveChip (same edit, same replay).

import type { Model, Tid } from '../../engine';
import { replay } from '../../engine';
import type { Chip } from '../../store';
import { moveChip } from '../../store';

export interface DropPreview {
  /** Positions (before the move) of every chip that would move, the dragged one included. */
  moved: number[];
  /** Why the engine would refuse the new order, or null when it would run. */
  refused: string | null;
}

export function previewDrop<K>(model: Model<K>, schedule: readonly Tid[], from: number, to: number): DropPreview {
  const move = moveChip(schedule, from, to);
  if (move.moved.length === 0) return { moved: [], refused: null };
  const r = replay(model, move.schedule);
  return { moved: move.moved, refused: r.ok ? null : r.error.message };
}

/** "T2 page_range_has_eb" */
export const chipName = (c: Pick<Chip, 'thread' | 'op'>): string => `T${c.thread} ${c.op}`;

/** "step 14 of 25" (1-based, as everywhere in the UI). */
export const stepOf = (position: number, length: number): string => `step ${position + 1} of ${length}`;

/** How many other steps of the same thread a move carries, in words. */
export function carriedText(chip: Chip, from: number, to: number, moved: number): string {
  const others = moved - 1;
  if (others <= 0) return '';
  const which = to < from ? 'earlier' : 'later';
  return `${others} ${which} T${chip.thread} step${others === 1 ? '' : 's'}`;
}

/**
 * Where a move's block lands (as store.moveChip places it): moving earlier, the block
 * starts at `to` and the dragged chip is its last; moving later, it ends at `to` and
 * the dragged chip is its first.
 */
export function landing(from: number, to: number, moved: number): { first: number; last: number; dragged: number } {
  if (to < from) return { first: to, last: to + moved - 1, dragged: to + moved - 1 };
  return { first: to - moved + 1, last: to, dragged: to - moved + 1 };
}

/** Screen-reader texts for a drag, naming the step (dnd-kit's announcements). */
export const say = {
  pickedUp: (c: Chip, n: number) =>
    `Picked up ${chipName(c)}, ${stepOf(c.position, n)}. Use the arrow keys to move it, Space to drop, Escape to cancel.`,
  over(c: Chip, to: number, n: number, p: DropPreview): string {
    if (to === c.position) return `${chipName(c)} is back at ${stepOf(to, n)}.`;
    const carried = carriedText(c, c.position, to, p.moved.length);
    const base = `${chipName(c)} is over ${stepOf(to, n)}${carried ? `; it would carry ${carried}` : ''}.`;
    return p.refused ? `${base} Dropping here would be refused: ${p.refused}.` : base;
  },
  dropped(c: Chip, to: number, n: number, p: DropPreview): string {
    if (to === c.position) return `${chipName(c)} dropped where it was, ${stepOf(to, n)}.`;
    if (p.refused) return `${chipName(c)} was not moved. Refused: ${p.refused}.`;
    const carried = carriedText(c, c.position, to, p.moved.length);
    const at = landing(c.position, to, p.moved.length);
    const block = p.moved.length > 1 ? ` They now take steps ${at.first + 1} to ${at.last + 1}.` : '';
    return `Moved ${chipName(c)} to ${stepOf(at.dragged, n)}${carried ? `, with ${carried}` : ''}.${block}`;
  },
  cancelled: (c: Chip, n: number) => `Cancelled. ${chipName(c)} stays at ${stepOf(c.position, n)}.`,
};

export const INSTRUCTIONS =
  'To move a step, press Space to pick it up, use the left and right arrow keys to move it, ' +
  'then press Space to drop it or Escape to cancel. Steps of the same thread that it passes move with it. ' +
  'Press Enter to show the state after this step.';
