// The step on a stage, in words: which thread ran which call, one or two sentences of
// what it did, and (only when it happens) a skip, an Oops or the invariant that breaks.
// Read to screen readers as it changes (test contract: data-testid="narration").

import type { EngineState, Frame, Model } from '../../engine';
import { callText } from '../../kernel-text/calls';
import { packOf, scenarioOf } from '../../packs';
import type { Changes } from '../../ui/changes';
import { ThreadTag } from '../../ui/names';

type K = unknown;

/** `heading`: the step's name alone (bug and fix side by side, where each side tells its own run). */
export function StageStep({
  model,
  state,
  frame,
  changes,
  heading = false,
}: {
  model: Model<K>;
  state: EngineState<K>;
  frame: Frame<K> | null;
  changes: Changes;
  heading?: boolean;
}) {
  const tables = packOf(model.scenario).kernelText;
  const alert = changes.invariant;
  return (
    <section className="st-step" aria-label="this step">
      <div aria-live="polite" aria-atomic="true" data-testid="narration">
        {frame ? (
          <h2 className="st-step__head">
            <span className="st-step__num">Step {frame.step}</span> <ThreadTag tid={frame.thread} />{' '}
            <code className="st-step__call">{callText(tables, frame.op)}</code> <span className="st-step__fn">in {frame.def.fn}()</span>
          </h2>
        ) : (
          <h2 className="st-step__head">
            <span className="st-step__num">Initial state</span>
          </h2>
        )}
        {/* A skipped step says why, not what its branch would have done. */}
        {heading ? null : frame?.skipped ? (
          <p className="st-step__skipped" data-testid="skipped">
            <b>skipped:</b> {frame.skipped}
          </p>
        ) : (
          <p className="st-step__text">{frame ? frame.def.narration : scenarioOf(model.scenario).intro}</p>
        )}
        {!heading && changes.oops ? (
          <p className="st-step__oops">
            <b>Oops</b> in T{changes.oops.thread}: {changes.oops.log[0]}
          </p>
        ) : null}
      </div>
      {heading ? null : alert ? (
        <p className="st-step__alert" role="alert" data-testid="invariant-alert">
          <span aria-hidden="true">✗ </span>
          <b>
            {alert.invariant} breaks at step {frame?.step}:
          </b>{' '}
          {alert.message}
        </p>
      ) : state.broken ? (
        <p className="st-step__broken" data-testid="invariant-broken">
          <span aria-hidden="true">✗ </span>
          {state.broken.invariant} broken since step {state.broken.step}: the run stays a bug
        </p>
      ) : null}
    </section>
  );
}
