// The verdict of the whole schedule, always visible (test contract: data-testid="verdict").

import { selectCursor, selectModel, selectOutcome, useAppStore } from '../../store';
import type { Store } from '../../store/store';
import { selectDisclosure, toldOutcome } from '../../store/disclosure';
import { invariantTitle } from '../state-view/words';
// Its rules live with the header's; the embed shows the verdict without the header.
import './header.css';

export function Verdict() {
  const outcome = useAppStore(selectOutcome);
  const model = useAppStore(selectModel);
  const seek = useAppStore((s) => s.seek);
  if (outcome.verdict === 'safe') {
    return (
      <output className="verdict verdict--safe" data-testid="verdict" data-outcome="safe">
        <span aria-hidden="true">✓</span> safe: no invariant breaks in this schedule
      </output>
    );
  }
  return (
    <output className="verdict verdict--bug" data-testid="verdict" data-outcome="bug">
      <span aria-hidden="true">✗</span> bug: {outcome.invariant} broken at{' '}
      <button type="button" className="linklike" onClick={() => seek(outcome.step)}>
        step {outcome.step}
      </button>
      <span className="verdict__detail" title={`${outcome.invariant}: ${invariantTitle(model, outcome.invariant)}`}>
        : {outcome.message}
      </span>
    </output>
  );
}

const selectRun = (s: Store) => s.run;
const selectLength = (s: Store) => s.schedule.length;

/** The verdict where the view tells it (the main view: always; a challenge: once the run gets there); else where the run is. */
export function ToldVerdict() {
  const disclosure = useAppStore(selectDisclosure);
  const run = useAppStore(selectRun);
  const cursor = useAppStore(selectCursor);
  const n = useAppStore(selectLength);
  if (toldOutcome(disclosure, run, cursor)) return <Verdict />;
  return (
    <output className="verdict verdict--pending" data-testid="verdict-pending">
      step {cursor} of {n}: the verdict is for the run to tell
    </output>
  );
}
