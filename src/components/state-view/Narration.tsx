// The current step in words (read to screen readers as it changes), what it changed,
// what it decided, and a broken invariant flagged at the step where it breaks.

import type { EngineState, Frame, Model } from '../../engine';
import { packOf, scenarioOf } from '../../packs';
import type { Changes } from '../../ui/changes';
import { callText } from '../../kernel-text/calls';
import { ThreadTag } from '../../ui/names';
import { StepCode } from './StepCode';
import { changedWords, faultWords, invariantTitle } from './words';

type K = unknown;

export function Narration({
  model,
  state,
  frame,
  nextFrame,
  changes,
}: {
  model: Model<K>;
  state: EngineState<K>;
  frame: Frame<K> | null;
  nextFrame: Frame<K> | null;
  changes: Changes;
}) {
  const changed = changedWords(model, frame);
  const tables = packOf(model.scenario).kernelText;
  const bad = faultWords(model, frame);
  const alert = changes.invariant;
  const others = (frame?.violations ?? []).filter(
    (v) => v.invariant !== alert?.invariant && v.invariant !== state.broken?.invariant,
  );
  return (
    <section className="sv-narration" aria-label="this step">
      <p className="sv-narration__next sv-muted">
        {nextFrame ? (
          <>
            Next: <ThreadTag tid={nextFrame.thread} /> <code>{callText(tables, nextFrame.op)}</code>
          </>
        ) : (
          'End of the run.'
        )}
      </p>
      <div aria-live="polite" aria-atomic="true" data-testid="narration">
        {frame ? (
          <p className="sv-narration__head">
            <span className="sv-narration__step">Step {frame.step}</span> <ThreadTag tid={frame.thread} />{' '}
            <code className="sv-narration__op">{frame.op}</code> <span className="sv-muted">in {frame.def.fn}()</span>
            {frame.completed ? <span className="sv-muted"> (completed by the lowest runnable thread)</span> : null}
          </p>
        ) : (
          <p className="sv-narration__head">
            <span className="sv-narration__step">Initial state</span>
          </p>
        )}
        {/* A skipped step says why, not what its branch would have done. */}
        {frame?.skipped ? (
          <p className="sv-narration__text sv-skipped" data-testid="skipped">
            <b>skipped:</b> {frame.skipped}
          </p>
        ) : (
          <p className="sv-narration__text">{frame ? frame.def.narration : scenarioOf(model.scenario).intro}</p>
        )}
        {frame ? <StepCode model={model} frame={frame} /> : null}
        {changes.oops ? (
          <p className="sv-narration__oops">
            <b>Oops</b> in T{changes.oops.thread}: {changes.oops.log[0]}
          </p>
        ) : null}
      </div>
      <div className="sv-narration__facts">
        {changes.results.map((r) => (
          <p key={r.name} className="sv-narration__result">
            <code>
              {r.name}() = {String(r.value)}
            </code>{' '}
            <span className="sv-muted">{r.detail}</span>
          </p>
        ))}
        {bad.map((w) => (
          <p key={w} className="sv-narration__result sv-bad">
            {w}
          </p>
        ))}
        {changed.length ? (
          <p className="sv-narration__changed" data-testid="changed">
            <span className="sv-chg-mark">changed</span> {changed.join(' · ')}
          </p>
        ) : frame && !bad.length && !changes.results.length && !changes.pack.length ? (
          <p className="sv-narration__changed sv-muted">no kernel object changed in this step</p>
        ) : null}
      </div>
      {alert ? (
        // One line: the invariant's id and what broke; its statement a click away.
        <div className="sv-alert" role="alert" data-testid="invariant-alert">
          <span className="sv-alert__icon" aria-hidden="true">
            ✗
          </span>
          <p className="sv-alert__line">
            <b className="sv-alert__title">
              Invariant {alert.invariant} breaks at step {frame?.step}:
            </b>{' '}
            {alert.message}
          </p>
          <details className="sv-alert__more">
            <summary>{alert.invariant} says</summary>
            <p>
              {alert.invariant}: {invariantTitle(model, alert.invariant)}
            </p>
          </details>
        </div>
      ) : state.broken ? (
        <p className="sv-broken" data-testid="invariant-broken">
          <span aria-hidden="true">✗ </span>
          <span title={state.broken.message}>
            {state.broken.invariant} broken since step {state.broken.step}: the run stays a bug, even if it later looks healed
          </span>
        </p>
      ) : null}
      {others.length ? (
        <p className="sv-broken">
          Also broken after this step:{' '}
          {others.map((v) => (
            <span key={v.invariant} title={invariantTitle(model, v.invariant)}>
              <b>{v.invariant}</b> {v.message}{' '}
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}
