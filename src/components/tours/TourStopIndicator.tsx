// Where a playing tour stands: "stop 3 of 10: T1 allocates", and the stop's notes for
// the speaker. Plain components that read the store, so talk mode's stage can place
// them wherever it likes. Test contract: data-testid="tour-stop-indicator" with
// data-stop and data-count (1-based), data-claim (the verdict the stop claims),
// data-step (the step index shown) and data-until (the last step the clicker walks to).

import { selectCursor, selectTourPlay, untilOf, useAppStore } from '../../store';

export function TourStopIndicator({ className = 'tour-stop-indicator' }: { className?: string }) {
  const play = useAppStore(selectTourPlay);
  const cursor = useAppStore(selectCursor);
  const stop = play?.tour.stops[play.index];
  if (!play || !stop) return null;
  const count = play.tour.stops.length;
  const until = untilOf(stop.view);
  const end = play.index === count - 1 && cursor - 1 >= until;
  return (
    <p
      className={className}
      data-testid="tour-stop-indicator"
      data-stop={play.index + 1}
      data-count={count}
      data-claim={stop.claims?.verdict ?? ''}
      data-step={cursor - 1}
      data-until={until}
      aria-live="polite"
    >
      stop {play.index + 1} of {count}: {stop.title}
      {end ? <span className="tour-stop-indicator__end"> (end of the tour)</span> : null}
    </p>
  );
}

/** The playing stop's notes, as the speaker wrote them; nothing when it has none. */
export function TourStopNotes({ className = 'tour-stop-notes' }: { className?: string }) {
  const play = useAppStore(selectTourPlay);
  const stop = play?.tour.stops[play.index];
  if (!stop?.notes) return null;
  return (
    <aside className={className} aria-label="Notes for this stop" data-testid="tour-stop-notes">
      {stop.notes}
    </aside>
  );
}
