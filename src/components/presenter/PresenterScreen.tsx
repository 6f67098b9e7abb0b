// The presenter window (mode=presenter): what the speaker reads on the laptop while the
// stage shows the picture. It follows one stage window (src/presenter/follow.ts) and
// replays the stage's link in its own store, so what it calls the current and the next
// step is computed here, by the same engine, from the same choices. Keys pressed here
// are sent to the stage, which performs them; this window never moves on its own.

import { useEffect, useState, useSyncExternalStore } from 'react';
import { actionFor, actionsOf, isTypingTarget } from '../../actions/registry';
import { packOf } from '../../packs';
import { type Connection, createFollower, type Follower, type FollowStatus } from '../../presenter/follow';
import { FORWARDED_ACTIONS, isForwarded, PRESENTER_NAME, type StopNotes } from '../../presenter/protocol';
import { selectFrame, selectModel, selectNextFrame, selectOutcome, useAppStore, useAppStoreApi } from '../../store';
import type { Store } from '../../store/store';
import { notesFor } from '../talk/notes';
import { Clock } from './Clock';
import { type NextClick, nextClick, nextClickText } from './nextClick';
import { presenterLink, transportHere } from './links';
import { Position } from './Position';
import { StepCard } from './StepCard';
import './presenter.css';

/** The keys that work here, from the registry: "PageDown, →, ↓, Space: Next step · ...". */
const KEYS_HERE = FORWARDED_ACTIONS.flatMap((id) => actionsOf('talk').filter((a) => a.id === id))
  .map((a) => `${a.keys.join(', ')}: ${a.label}`)
  .join(' · ');

const HOW_TO_FOLLOW = 'In the app, press T for talk mode, then P: that window becomes the stage and this one follows it.';

const SAYS: Record<Connection, string | null> = {
  waiting: 'Looking for the stage window…',
  connected: null,
  closed: `The stage window was closed. ${HOW_TO_FOLLOW}`,
  lost: `The stage window stopped answering. ${HOW_TO_FOLLOW}`,
  alone: `This window follows a stage window, and there is none. ${HOW_TO_FOLLOW}`,
};

const NOT_YET: FollowStatus = { connection: 'waiting', transport: null, stage: null, stop: null, startedAt: null, blank: false, stageMode: 'talk' };
const noSubscription = () => () => {};
const selectChips = (s: Store) => s.chips;
const selectCursor = (s: Store) => s.cursor;
const selectRunName = (s: Store) => `${s.scenario} · ${s.variant}`;

/** The follower of this window, made after mount and closed on unmount. */
function useFollower(): Follower | null {
  const store = useAppStoreApi();
  const [follower, setFollower] = useState<Follower | null>(null);
  useEffect(() => {
    const f = createFollower(store, presenterLink(transportHere()));
    const bye = () => f.bye();
    window.addEventListener('pagehide', bye);
    setFollower(f);
    return () => {
      window.removeEventListener('pagehide', bye);
      f.close();
    };
  }, [store]);
  return follower;
}

/** The clicker's keys, sent to the stage as the action they mean in the stage's layout. */
function useForwardedKeys(follower: Follower | null): void {
  useEffect(() => {
    if (!follower) return;
    const onKey = (e: KeyboardEvent) => {
      // As on the stage (useGlobalKeys): a form field keeps its keys, and actionFor leaves
      // a focused button its Space.
      if (e.defaultPrevented || isTypingTarget(e.target)) return;
      const action = actionFor(e, follower.status().stageMode);
      if (!action || !isForwarded(action.id)) return;
      e.preventDefault();
      follower.press(action.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [follower]);
}

export function PresenterScreen() {
  const follower = useFollower();
  useForwardedKeys(follower);
  const status = useSyncExternalStore(follower?.subscribe ?? noSubscription, follower?.status ?? (() => NOT_YET));
  useEffect(() => {
    // The name the stage's P looks for, also when the stage had to open this window unnamed.
    window.name = PRESENTER_NAME;
  }, []);
  const model = useAppStore(selectModel);
  // The window's title names the race on stage, by its family's title.
  const family = packOf(model.scenario).title;
  useEffect(() => {
    document.title = `Presenter · ${family}`;
  }, [family]);
  const frame = useAppStore(selectFrame);
  const next = useAppStore(selectNextFrame);
  const outcome = useAppStore(selectOutcome);
  const chips = useAppStore(selectChips);
  const cursor = useAppStore(selectCursor);
  const runName = useAppStore(selectRunName);
  const says = SAYS[status.connection];
  const notes = notesFor(model, frame);
  const click = nextClick(status.stop, cursor, next);

  return (
    <div className="pv" data-testid="presenter" data-connection={status.connection} data-transport={status.transport ?? 'none'}>
      <header className="pv-bar">
        <h1 className="pv-bar__title">Presenter</h1>
        <p className="pv-bar__run">
          <code>{runName}</code>{' '}
          {outcome.verdict === 'safe' ? <span className="pv-ok">✓ safe</span> : <span className="pv-bad">✗ {outcome.invariant} breaks at step {outcome.step}</span>}
        </p>
        <Clock startedAt={status.startedAt} />
        <button
          type="button"
          className="pv-bar__restart"
          // Focus goes back to the page, so the clicker's Space steps rather than pressing this again.
          onClick={(e) => {
            follower?.restartClock();
            e.currentTarget.blur();
          }}
          disabled={status.connection !== 'connected'}
        >
          Restart the clock
        </button>
      </header>
      <p className={says ? 'pv-says' : 'pv-hidden'} role="status" data-testid="presenter-says">
        {says ?? 'Following the stage window.'}
      </p>
      {status.blank ? (
        <p className="pv-blank" data-testid="presenter-blank">
          The projector is blank: B brings the picture back.
        </p>
      ) : null}
      {status.connection === 'connected' && status.stageMode !== 'talk' ? <p className="pv-says">The stage has left talk mode: T there brings it back.</p> : null}
      <Position chips={chips} cursor={cursor} />
      <p className="pv-click" data-testid="presenter-next-click" data-kind={click.kind}>
        {nextClickText(click)}
      </p>
      <main className="pv-main">
        <StepCard model={model} frame={frame} which="now" />
        {click.kind === 'stop' ? <NextStopCard click={click} /> : <StepCard model={model} frame={click.kind === 'step' ? click.frame : null} which="next" />}
        <OwnNotes stop={status.stop} />
        <section className="pv-notes" aria-label="Built-in notes" data-testid="presenter-notes">
          <h2 className="pv-notes__label">Point at</h2>
          {notes.pointers.length ? (
            <ul>
              {notes.pointers.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : (
            <p className="pv-muted">Nothing has changed yet: the picture is the initial state.</p>
          )}
        </section>
      </main>
      <footer className="pv-keys">Keys here drive the stage: {KEYS_HERE}.</footer>
    </div>
  );
}

/** The next stop, when the next click opens it rather than a step of this one. */
function NextStopCard({ click }: { click: Extract<NextClick, { kind: 'stop' }> }) {
  return (
    <section className="pv-step pv-step--next" aria-label="Next: the next stop" data-testid="presenter-next">
      <h2 className="pv-step__label">Next</h2>
      <p className="pv-step__head">
        <span className="pv-step__num">
          Stop {click.index} of {click.count}
        </span>
      </p>
      <p className="pv-step__text">{click.title}</p>
    </section>
  );
}

function OwnNotes({ stop }: { stop: StopNotes | null }) {
  return (
    <section className="pv-notes pv-notes--own" aria-label="Your notes for this stop" data-testid="presenter-stop">
      <h2 className="pv-notes__label">Your notes</h2>
      {stop ? (
        <>
          <h3 className="pv-notes__title">
            <span className="pv-notes__where" data-testid="presenter-stop-of">
              stop {stop.index} of {stop.count}:
            </span>{' '}
            {stop.title}
          </h3>
          <p className="pv-notes__text">{stop.notes || 'This stop has no notes of its own.'}</p>
        </>
      ) : (
        <p className="pv-muted">No tour is playing: a tour stop's own notes show here.</p>
      )}
    </section>
  );
}
