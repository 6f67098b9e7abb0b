// Challenge mode's bar (mode=challenge): the goal, how far the run has got, hints from
// the explorer one at a time, and the end of the game. Solved: what happened, in how
// many steps and context switches, and a link to the solution. Impossible (a fix), after
// a give-up or a few tries: the explorer's proof that no schedule breaks it, and the
// closest call, where the check runs inside the window of the code it fixes and the fix
// catches it. The run itself is scheduled with Run T1 / Run T2 and drags, as ever.

import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatSchedule } from '../../engine';
import { findScenario } from '../../packs';
import { encodePermalink } from '../../permalink/format';
import { challengeOf, solvedOf, TRIES_BEFORE_PROOF, useAppStore, useAppStoreApi } from '../../store';
import type { Store } from '../../store/store';
import { pageBase } from '../share/links';
import { grouped } from '../stage/CountsCard';
import { closestCall, fixedHints, winningHints } from './hints';
import './challenge.css';

const selectGame = (s: Store) => ({
  scenario: s.scenario,
  variant: s.variant,
  run: s.run,
  cursor: s.cursor,
  n: s.schedule.length,
  challenge: challengeOf(s.challenge, s.scenario, s.variant),
  results: s.explore.results[s.scenario],
});

export function ChallengeBar() {
  const store = useAppStoreApi();
  const { scenario, variant, run, cursor, n, challenge, results } = useAppStore(useShallow(selectGame));
  const def = findScenario(scenario)?.challenge(variant);
  const solved = solvedOf(scenario, variant, run, cursor);
  const summary = results?.[variant];
  // Hints and the proof come from the explorer: it runs in its worker when the game opens.
  useEffect(() => {
    store.getState().exploreScenario(scenario);
  }, [store, scenario]);
  // A run played to its end without the goal is one more try.
  useEffect(() => {
    if (!solved && cursor >= n && n > 0) store.getState().noteTry();
  }, [store, solved, cursor, n]);
  if (!def) return null;
  const impossible = summary?.bad === '0';
  const hints = summary ? (impossible ? fixedHints(scenario, variant, results ?? {}) : winningHints(scenario, variant, summary)) : [];
  const proof = impossible && (challenge.gaveUp || challenge.tries.length >= TRIES_BEFORE_PROOF);
  return (
    <section className="challenge" aria-label="Challenge" data-testid="challenge" data-solved={solved ? 'true' : 'false'} data-impossible={impossible ? 'true' : 'false'}>
      <p className="challenge__goal">
        <b>Challenge:</b> {def.goal} <span className="challenge__how">Schedule the threads with Run T1 / Run T2 (keys 1, 2) or by dragging steps; step with →.</span>
      </p>
      {solved ? (
        <Solved scenario={scenario} variant={variant} solved={solved} />
      ) : (
        <p className="challenge__status" role="status">
          Step {cursor} of {n}. {challenge.tries.length ? `${challenge.tries.length} run${challenge.tries.length === 1 ? '' : 's'} played to the end without it.` : ''}
        </p>
      )}
      {!solved && hints.length > 0 ? (
        <ol className="challenge__hints" data-testid="challenge-hints">
          {hints.slice(0, challenge.hints).map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ol>
      ) : null}
      {proof && summary ? <Proof scenario={scenario} variant={variant} schedules={summary.schedules} results={results ?? {}} /> : null}
      <div className="challenge__actions">
        {!solved && challenge.hints < hints.length ? (
          <button type="button" onClick={() => store.getState().showHint()} data-testid="challenge-hint">
            Hint {challenge.hints + 1} of {hints.length}
          </button>
        ) : null}
        {!solved && !proof ? (
          <button type="button" onClick={() => store.getState().giveUp()} data-testid="challenge-give-up" disabled={!summary}>
            {summary ? 'Give up' : 'Counting every schedule…'}
          </button>
        ) : null}
        {!solved && challenge.gaveUp && !impossible ? (
          // The explorer's first bad schedule (in the order of thread digits) reaches every
          // goal of a variant that can be won (the pack's tests check it).
          <button type="button" onClick={() => void store.getState().browseBad(0n)} data-testid="challenge-show">
            Show a solution, and step on to where the goal is reached
          </button>
        ) : null}
        <button type="button" onClick={() => store.getState().startChallenge()}>
          Start again
        </button>
        <button type="button" onClick={() => store.getState().leaveChallenge()} data-testid="challenge-leave">
          Leave the challenge
        </button>
      </div>
    </section>
  );
}

function Solved({ scenario, variant, solved }: { scenario: string; variant: string; solved: NonNullable<ReturnType<typeof solvedOf>> }) {
  const link = `${pageBase()}${encodePermalink({
    choices: { scenario, variant, schedule: solved.schedule, cursor: solved.step },
    view: { mode: 'app', embed: false, compare: null },
  })}`;
  return (
    <div className="challenge__solved" role="status" data-testid="challenge-solved">
      <p>
        <b>
          Solved in {solved.step} steps and {solved.switches} context switch{solved.switches === 1 ? '' : 'es'}.
        </b>{' '}
        {solved.happened}.
      </p>
      <p>
        Your schedule: <code>{formatSchedule(solved.schedule)}</code>.{' '}
        <a href={link} data-testid="challenge-share">
          A link to this solution
        </a>
      </p>
    </div>
  );
}

function Proof({ scenario, variant, schedules, results }: { scenario: string; variant: string; schedules: string; results: Parameters<typeof closestCall>[2] }) {
  const store = useAppStoreApi();
  const close = closestCall(scenario, variant, results);
  return (
    <div className="challenge__proof" data-testid="challenge-proof">
      <p>
        <b>
          0 of {grouped(schedules)} schedules are bad.
        </b>{' '}
        The explorer ran every schedule the locks allow in {variant}: none breaks an invariant. This one cannot be won.
      </p>
      {close ? (
        <p>
          The closest call: {close.says}{' '}
          <button type="button" onClick={() => store.getState().loadSchedule(close.schedule, close.cursor)} data-testid="challenge-closest">
            Show it
          </button>
        </p>
      ) : null}
    </div>
  );
}
