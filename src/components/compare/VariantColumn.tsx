// One variant in compare mode: where it is along the shared cursor, its verdict, and
// what its release's detach costs (counted from the engine's events).
//
// VariantPicture is the state view's own props-only KernelPicture, fed this variant's
// state at its mapped step; CompareView puts the two summaries first, then the table of
// the fields both variants have, then the two pictures.

import { useMemo } from 'react';
import { findVariant, packOf } from '../../packs';
import { KernelPicture } from '../state-view';
import { type Side, stateAt } from './align';

export function VariantColumn({ side, cursor }: { side: Side; cursor: number }) {
  const { model, run } = side;
  const own = side.cursorAt[cursor] ?? 0;
  const frame = own > 0 ? (run.frames[own - 1] ?? null) : null;
  const state = stateAt(run, own);
  const info = findVariant(model.scenario, model.variant);
  const compare = packOf(model.scenario).compare;
  const cost = useMemo(() => compare.cost(run), [compare, run]);
  const o = run.outcome;
  const broken = o.verdict === 'bug' && own >= o.step;
  const dead = state.threads.map((t, i) => (t.status === 'oops' ? `T${i + 1}` : null)).filter(Boolean);
  return (
    <article
      className={broken ? 'compare-view compare-view--broken' : 'compare-view'}
      data-testid="compare-view"
      data-variant={model.variant}
      data-step={cursor}
      data-own-step={own}
    >
      <h3>
        <code>{model.variant}</code> <span className="muted">{info?.name}</span>
        {info?.inferred ? <em className="tag tag--inferred">inferred</em> : null}
      </h3>
      <p className="compare-view__step">
        {frame ? (
          <>
            its step {own} of {run.frames.length}: T{frame.thread} <code>{frame.op}</code>
            {frame.skipped ? <span className="muted"> (skipped: {frame.skipped})</span> : null}
          </>
        ) : (
          'initial state'
        )}
        {dead.length ? <strong className="bad"> Oops in {dead.join(', ')}</strong> : null}
      </p>
      {side.note ? <p className="muted">Carried over: {side.note}</p> : null}
      <p
        className={o.verdict === 'bug' ? 'compare-verdict compare-verdict--bug' : 'compare-verdict compare-verdict--safe'}
        data-testid="compare-verdict"
        data-outcome={o.verdict}
      >
        {o.verdict === 'bug' ? `bug: ${o.invariant} broken at its step ${o.step}` : 'safe: no invariant breaks'}
      </p>
      <div className="compare-view__cost" data-testid="compare-cost">
        <h4>{compare.costTitle} in this run</h4>
        <ul>
          {cost.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    </article>
  );
}

export function VariantPicture({ side, cursor }: { side: Side; cursor: number }) {
  const { model, run } = side;
  const own = side.cursorAt[cursor] ?? 0;
  const frame = own > 0 ? (run.frames[own - 1] ?? null) : null;
  return (
    <div className="compare-picture">
      <KernelPicture model={model} state={stateAt(run, own)} frame={frame} nextFrame={run.frames[own] ?? null} past={run.frames.slice(0, own)} />
    </div>
  );
}
