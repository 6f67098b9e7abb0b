// The tour stop the stage shows, read from the store's tour slice: its title and the
// speaker's notes ('' when it has none), where it is in the tour, the last step its
// clicker walks to, and the next stop's title; null when no tour plays.

import { type TourSlice, untilOf } from '../store/tour';
import type { StopNotes } from './protocol';

export function stopNotesOf(state: Pick<TourSlice, 'tourPlay'>): StopNotes | null {
  const play = state.tourPlay;
  const stop = play?.tour.stops[play.index];
  if (!play || !stop) return null;
  const next = play.tour.stops[play.index + 1];
  return { title: stop.title, notes: stop.notes, index: play.index + 1, count: play.tour.stops.length, until: untilOf(stop.view), next: next ? next.title : null };
}
