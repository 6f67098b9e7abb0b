// What a drop would do, computed before it happens with the store's own planMove, so
// the drag preview, the screen-reader announcements and the tests all agree with the
// drop: which steps travel with the dragged one, where they land, and why.

import type { Model, Tid } from '../../engine';
import type { Chip, MovePlan } from '../../store';
import { planMove } from '../../store';

export function previewDrop(model: Model<unknown>, schedule: readonly Tid[], from: number, to: number): MovePlan {
  return planMove(model, schedule, from, to);
}

/** A step's identity survives moves: thread and index within the thread ("t2-9"). */
export const chipId = (c: Pick<Chip, 'thread' | 'index'>): string => `t${c.thread}-${c.index}`;

/** "T2 page_range_has_eb" */
export const chipName = (c: Pick<Chip, 'thread' | 'op'>): string => `T${c.thread} ${c.op}`;

/** "step 14 of 25" (1-based, as everywhere in the UI). */
export const stepOf = (position: number, length: number): string => `step ${position + 1} of ${length}`;

/** What the plan does, in one sentence naming the new step numbers. */
export function planText(c: Chip, p: MovePlan, n: number): string {
  if (p.refused) return `Dropping here moves nothing: ${p.refused}.`;
  if (p.moved.length === 0) return `${chipName(c)} stays at ${stepOf(c.position, n)}.`;
  const first = Math.min(...p.landed) + 1;
  const last = Math.max(...p.landed) + 1;
  const others = p.moved.length - 1;
  const carried = others > 0 ? ` with ${others} other T${c.thread} step${others === 1 ? '' : 's'} (steps ${first}-${last})` : '';
  const why = p.section ? ', its critical section,' : '';
  const where = p.exact ? '' : ` (the nearest place the locks allow; ${p.why ?? 'here it cannot run'})`;
  return `${chipName(c)} moves to ${stepOf(p.dragged, n)}${carried ? `${why}${carried}` : ''}${where}.`;
}

/** Screen-reader texts for a drag, naming the step (dnd-kit's announcements). */
export const say = {
  pickedUp: (c: Chip, n: number) =>
    `Picked up ${chipName(c)}, ${stepOf(c.position, n)}. Use the up and down arrow keys to move it, Space to drop, Escape to cancel.`,
  over(c: Chip, to: number, n: number, p: MovePlan): string {
    if (to === c.position) return `${chipName(c)} is back at ${stepOf(to, n)}.`;
    return `Over ${stepOf(to, n)}: ${planText(c, p, n)}`;
  },
  dropped(c: Chip, to: number, n: number, p: MovePlan): string {
    if (to === c.position) return `${chipName(c)} dropped where it was, ${stepOf(to, n)}.`;
    if (p.refused) return `${chipName(c)} was not moved: ${p.refused}.`;
    return `Moved. ${planText(c, p, n)}`;
  },
  cancelled: (c: Chip, n: number) => `Cancelled. ${chipName(c)} stays at ${stepOf(c.position, n)}.`,
};

export const INSTRUCTIONS =
  'To move a step, press Space to pick it up, use the up and down arrow keys to move it, ' +
  'then press Space to drop it or Escape to cancel. A step inside a critical section moves with its section, ' +
  'and steps of the same thread that it passes come along. Press Enter to show the state after this step.';
