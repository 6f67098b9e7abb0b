// The speaker's own notes for the tour stop the stage shows, read from the store's tour
// slice: null when no tour plays, and a stop's notes as written ('' when it has none).

import type { TourSlice } from '../store/tour';
import type { StopNotes } from './protocol';

export function stopNotesOf(state: Pick<TourSlice, 'tourPlay'>): StopNotes | null {
  const play = state.tourPlay;
  const stop = play?.tour.stops[play.index];
  if (!stop) return null;
  return { title: stop.title, notes: stop.notes };
}
