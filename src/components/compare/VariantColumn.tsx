// One variant in compare mode, drawn: its name and verdict, where it is along the shared
// cursor, the pack's own picture of its state there, and what its critical path costs
// (the pack's compare model, counted from the engine's events). At the first step where
// the two variants' states differ, both columns say so and name what differs.

import { use, useMemo } from 'react';
import { compareModelOf, findVariant, packOf } from '../../packs';
import { viewOf } from '../../packs/views';
import { changesOf } from '../../ui/changes';
import { type Side, stateAt } from './align';

export interface Divergence {
  /** The main cursor where the states first differ. */
  step: number;
  /** This side's values of the fields that differ, by name. */
  fields: ReadonlyArray<[string, string]>;
}

export function VariantColumn({ side, cursor, divergence }: { side: Side; cursor: number; divergence: Divergence | null }) {
  const { model, run } = side;
  const own = side.cursorAt[cursor] ?? 0;
  const frame = own > 0 ? (run.frames[own - 1] ?? null) : null;
  const state = stateAt(run, own);
  const info = findVariant(model.scenario, model.variant);
  const pack = packOf(model.scenario);
  const Picture = viewOf(pack.id)?.Picture;
  const compare = use(compareModelOf(model.scenario));
  const cost = useMemo(() => compare.cost(run), [compare, run]);
  const past = useMemo(() => run.frames.slice(0, own), [run, own]);
  const o = run.outcome;
  const broken = o.verdict === 'bug' && own >= o.step;
  const here = divergence && divergence.step === cursor;
  return (
    <article
      className={broken ? 'compare-view compare-view--broken' : 'compare-view'}
      data-testid="compare-view"
      data-variant={model.variant}
      data-step={cursor}
      data-own-step={own}
    >
      <header className="compare-view__head">
        <h3>
          <code>{model.variant}</code> <span className="muted">{info?.name}</span>
          {info?.inferred ? <em className="tag tag--inferred">inferred</em> : null}
        </h3>
        <p
          className={o.verdict === 'bug' ? 'compare-verdict compare-verdict--bug' : 'compare-verdict compare-verdict--safe'}
          data-testid="compare-verdict"
          data-outcome={o.verdict}
        >
          {o.verdict === 'bug' ? `bug: ${o.invariant} at its step ${o.step}` : 'safe'}
        </p>
      </header>
      <p className="compare-view__step">
        {frame ? (
          <>
            its step {own}: T{frame.thread} <code>{frame.op}</code>
            {frame.skipped ? <span className="muted"> (skipped: {frame.skipped})</span> : null}
          </>
        ) : (
          'initial state'
        )}
      </p>
      {side.note ? <p className="muted compare-view__note">Carried over: {side.note}</p> : null}
      {here && divergence ? (
        <p className="compare-view__diverge" data-testid="compare-diverges">
          <span aria-hidden="true">≠ </span>First difference:{' '}
          {divergence.fields.map(([name, value]) => (
            <span key={name}>
              <code>{name}</code> = <code>{value}</code>{' '}
            </span>
          ))}
        </p>
      ) : null}
      <div className="compare-picture sv-picture">
        {/* Two pictures side by side: the pack's compact presentation (what the step changes whole, the rest folded). */}
        {Picture ? (
          <Picture model={model} state={state} frame={frame} nextFrame={run.frames[own] ?? null} past={past} changes={changesOf(frame)} presentation="stage" />
        ) : null}
      </div>
      <details className="compare-view__cost" data-testid="compare-cost">
        <summary>{compare.costTitle} in this run</summary>
        <ul>
          {cost.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </article>
  );
}
