// Bug and fix side by side on a stage: the main interleaving run in two variants, two
// whole pictures following the one cursor. Each side says what its own run did at this
// step (a skip, the invariant that breaks) and its verdict once its run gets there; the
// first step where their states differ is marked once the cursor reaches it (a
// presented run tells nothing ahead), and a check's card says, on each side, what the
// check sees.

import { use, useMemo } from 'react';
import { compareModelOf, findVariant, modelOf } from '../../packs';
import { selectChips, selectCursor, selectModel, useAppStore } from '../../store';
import type { Store } from '../../store/store';
import { selectDisclosure, toldOutcome } from '../../store/disclosure';
import { compareRuns, differingFields, type Side, stateAt } from '../compare/align';
import { StagePicture } from './StagePicture';

const selectSchedule = (s: Store) => s.schedule;

export function StageCompare({ left, right }: { left: string; right: string }) {
  const model = useAppStore(selectModel);
  const schedule = useAppStore(selectSchedule);
  const cursor = useAppStore(selectCursor);
  const chips = useAppStore(selectChips);
  const disclosure = useAppStore(selectDisclosure);
  const { commonFields } = use(compareModelOf(model.scenario));
  const cmp = useMemo(
    () => compareRuns(model, schedule, modelOf(model.scenario, left), modelOf(model.scenario, right), commonFields),
    [model, schedule, left, right, commonFields],
  );
  const first = cmp.firstDiff;
  // The divergence is told once the cursor has reached it, like every other mark.
  const told = first !== null && (disclosure === 'all' || cursor >= first);
  const chip = first !== null && first > 0 ? chips[first - 1] : undefined;
  const names = useMemo(() => {
    if (first === null) return [];
    const a = commonFields(stateAt(cmp.left.run, cmp.left.cursorAt[first] ?? 0).kernel);
    const b = commonFields(stateAt(cmp.right.run, cmp.right.cursorAt[first] ?? 0).kernel);
    return differingFields(a, b);
  }, [cmp, first, commonFields]);
  return (
    <section className="st-compare" aria-label={`Same interleaving, ${left} and ${right}`} data-testid="compare" data-first-diff={told ? String(first) : ''}>
      {/* The first difference, once the run is there; until then the head says "the same interleaving". */}
      {told ? (
        <p className="st-compare__first" data-testid="compare-first-diff" data-step={String(first)}>
          <span aria-hidden="true">≠ </span>
          {cursor === first ? (
            <>They first differ here: {names.join(', ')}</>
          ) : chip ? (
            <>
              They first differed after step {first} (T{chip.thread} <code>{chip.op}</code>): {names.join(', ')}
            </>
          ) : (
            <>They differ from the start: {names.join(', ')}</>
          )}
        </p>
      ) : (
        <p className="st-compare__first sv-visually-hidden" data-testid="compare-first-diff" data-step="">
          {first === null && cursor >= schedule.length ? 'Their kernel states never differ along this interleaving.' : 'The same so far.'}
        </p>
      )}
      <div className="st-compare__sides">
        <CompareSide side={cmp.left} cursor={cursor} here={told && cursor === first} />
        <CompareSide side={cmp.right} cursor={cursor} here={told && cursor === first} />
      </div>
    </section>
  );
}

function CompareSide({ side, cursor, here }: { side: Side; cursor: number; here: boolean }) {
  const own = side.cursorAt[cursor] ?? 0;
  const info = findVariant(side.model.scenario, side.model.variant);
  const frame = own > 0 ? side.run.frames[own - 1] : undefined;
  const disclosure = useAppStore(selectDisclosure);
  const outcome = toldOutcome(disclosure, side.run, own);
  const breaks = frame?.events.find((e) => e.kind === 'invariant');
  return (
    <article className={`st-side${outcome?.verdict === 'bug' ? ' st-side--bug' : ''}`} data-testid="compare-view" data-variant={side.model.variant} data-own-step={own}>
      {/* A narrow side names its variant by id (the name is in the title); a wide one says both. */}
      <h3 className="st-side__head" title={info ? `${info.name}: ${info.status}` : undefined}>
        <code>{side.model.variant}</code> <span className="st-side__name st-muted">{info?.name}</span>{' '}
        {info?.inferred ? <em className="tag tag--inferred">inferred</em> : null}
        {here ? (
          <span className="st-side__diverge" data-testid="compare-diverges">
            ≠ here
          </span>
        ) : null}
        {outcome ? (
          <span className={`st-side__verdict st-side__verdict--${outcome.verdict}`} data-testid="compare-verdict" data-outcome={outcome.verdict}>
            {outcome.verdict === 'bug' ? `✗ ${outcome.invariant} at step ${outcome.step}` : '✓ safe'}
          </span>
        ) : null}
      </h3>
      {frame?.skipped || breaks?.kind === 'invariant' ? (
        <p className="st-side__status">
          {frame?.skipped ? (
            <>
              <code>{frame.op}</code> skipped
            </>
          ) : null}
          {breaks?.kind === 'invariant' ? <b className="st-side__breaks">✗ {breaks.invariant} breaks here</b> : null}
        </p>
      ) : null}
      <StagePicture model={side.model} run={side.run} cursor={own} />
    </article>
  );
}
