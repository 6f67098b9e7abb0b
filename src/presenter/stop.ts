// The speaker's own notes for the tour stop the stage shows, read from the store's
// `tour` slice. That slice is being added separately, so this is the one place that
// knows its shape, and it reads it defensively: no slice, no tour playing, or a stop
// without notes all give null, and the presenter says there are none.
//
// The contract read here: `state.tour.stop` is the stop on screen while a tour plays
// (null otherwise), with a `title` string and an optional `notes` string.

import type { StopNotes } from './protocol';

const field = (o: unknown, key: string): unknown => (typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[key] : undefined);

export function stopNotesOf(state: unknown): StopNotes | null {
  const stop = field(field(state, 'tour'), 'stop');
  const title = field(stop, 'title');
  const notes = field(stop, 'notes');
  if (typeof title !== 'string') return null;
  return { title, notes: typeof notes === 'string' ? notes : '' };
}
