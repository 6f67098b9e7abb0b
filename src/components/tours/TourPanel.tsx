// The tour panel: the tour being built (its title and stops), adding the view on screen
// as a stop, playing, saving and opening, and the built-in tours. A column beside the
// state view, not a modal: the speaker sets up each view with the app while it is open.
// What replaces or removes stops (opening a file, copying a built-in tour, Remove) can
// be undone once, so a speaker's notes are never lost to one click.

import { useEffect, useId, useRef, useState } from 'react';
import { enterTalk } from '../../actions/talk';
import { selectTourDraft, type Tour, useAppStore, useAppStoreApi } from '../../store';
import { BuiltinTours } from './BuiltinTours';
import { type StopActions, StopItem } from './StopItem';
import { TourFiles } from './TourFiles';

export interface Replaced {
  /** What happened, e.g. "Opened talk.tour.json: 5 stops." */
  message: string;
  /** The tour being built before, to put back. */
  before: Tour;
}

/** `id` is the panel's id, which the Tour button controls (ToursLayer). */
export function TourPanel({ id }: { id: string }) {
  const store = useAppStoreApi();
  const panel = useRef<HTMLElement>(null);
  const titleId = useId();
  const draft = useAppStore(selectTourDraft);
  const [replaced, setReplaced] = useState<Replaced | null>(null);
  const [focus, setFocus] = useState<{ index: number; role: string } | null>(null);

  // After a move, the focus follows the stop (the list is keyed by position).
  useEffect(() => {
    if (!focus) return;
    const item = panel.current?.querySelector(`[data-testid="tour-stop"][data-index="${focus.index}"]`);
    const target = item?.querySelector<HTMLElement>(`[data-role="${focus.role}"]:not(:disabled)`) ?? item?.querySelector<HTMLElement>('[data-role="title"]');
    target?.focus();
    setFocus(null);
  }, [focus]);

  /** Replaces the tour being built and offers to put the old one back. */
  const replace = (tour: Tour, message: string) => {
    const before = store.getState().tourDraft;
    store.getState().setTourDraft(tour);
    setReplaced({ message, before });
  };
  const play = (tour: Tour, index: number) => {
    store.getState().playTour(tour, index);
    // A click is a user gesture: full screen may be asked for.
    enterTalk(store, true);
  };
  const actions: StopActions = {
    update: (index, patch) => store.getState().updateStop(index, patch),
    move(from, to, role) {
      store.getState().moveStop(from, to);
      if (role) setFocus({ index: to, role });
    },
    recapture: (index) => store.getState().recaptureStop(index),
    remove(index) {
      const before = store.getState().tourDraft;
      const title = before.stops[index]?.title ?? '';
      store.getState().removeStop(index);
      setReplaced({ message: `Removed stop ${index + 1}, ${JSON.stringify(title)}.`, before });
    },
    play: (index) => play(store.getState().tourDraft, index),
  };

  return (
    <aside ref={panel} id={id} className="tour-panel sheet" aria-labelledby={titleId} data-testid="tour-panel">
      <header className="sheet__head">
        <h2 id={titleId}>Tour</h2>
        <button type="button" className="sheet__close" aria-label="Close the tour panel" onClick={() => store.getState().setTourPanel(false)}>
          ×
        </button>
      </header>
      <p className="tour-panel__hint">
        A tour is a list of views for a talk. Set up a view (scenario, variant, interleaving, step, compare), then add it as
        a stop. In talk mode the clicker (PageDown) walks a stop's steps, then moves to the next stop; X leaves the tour.
      </p>
      <label className="tour-field">
        <span>Tour title</span>
        <input data-testid="tour-title" value={draft.title} onChange={(e) => store.getState().setTourTitle(e.target.value)} />
      </label>
      {draft.stops.length === 0 ? (
        <p className="tour-panel__empty">No stops yet.</p>
      ) : (
        <ol className="tour-stops" aria-label="Stops">
          {draft.stops.map((stop, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: stops have no identity but their place; a move refocuses by place
            <StopItem key={i} stop={stop} index={i} count={draft.stops.length} actions={actions} />
          ))}
        </ol>
      )}
      <div className="tour-panel__row">
        <button type="button" data-testid="tour-add" onClick={() => store.getState().addStop()}>
          Add the current view as a stop
        </button>
        <button type="button" data-testid="tour-play" disabled={draft.stops.length === 0} onClick={() => play(draft, 0)}>
          Play the tour
        </button>
      </div>
      {replaced ? (
        <p className="tour-panel__status" role="status" data-testid="tour-replaced">
          {replaced.message}{' '}
          <button
            type="button"
            className="linklike"
            onClick={() => {
              store.getState().setTourDraft(replaced.before);
              setReplaced(null);
            }}
          >
            Undo
          </button>
        </p>
      ) : null}
      <TourFiles draft={draft} replace={replace} />
      <BuiltinTours play={play} replace={replace} />
    </aside>
  );
}
