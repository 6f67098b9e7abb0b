// Compare mode: the main schedule run in two variants side by side, both following the
// main cursor; the first step where their common kernel fields differ is marked, and
// each variant's verdict sits next to what its release's detach cost.

import { useMemo } from 'react';
import { findVariant, modelOf, packOf } from '../../packs';
import { selectChips, selectCompare, selectCursor, selectModel, useAppStore } from '../../store';
import type { Store } from '../../store/store';
import { type Comparison, compareRuns, differingFields, type Side, stateAt } from './align';
import { VariantColumn, VariantPicture } from './VariantColumn';
import './compare.css';

const selectSchedule = (s: Store) => s.schedule;
const selectSeek = (s: Store) => s.seek;
const selectSetCompare = (s: Store) => s.setCompare;

export function CompareView() {
  const compare = useAppStore(selectCompare);
  if (!compare.on) return null;
  return <CompareOn left={compare.left} right={compare.right} />;
}

function CompareOn({ left, right }: { left: string; right: string }) {
  const setCompare = useAppStore(selectSetCompare);
  const model = useAppStore(selectModel);
  const schedule = useAppStore(selectSchedule);
  const cursor = useAppStore(selectCursor);
  const chips = useAppStore(selectChips);
  const seek = useAppStore(selectSeek);
  // Recomputed only when the schedule or the pair changes (a replay per side), not per step.
  const cmp: Comparison = useMemo(
    () => compareRuns(model, schedule, modelOf(model.scenario, left), modelOf(model.scenario, right)),
    [model, schedule, left, right],
  );
  const diffStep = cmp.firstDiff;
  const diffChip = diffStep !== null && diffStep > 0 ? chips[diffStep - 1] : undefined;
  return (
    <section className="compare" aria-label="Compare two variants" data-testid="compare">
      <div className="compare__head">
        <h2>
          Same schedule, <code>{left}</code> vs. <code>{right}</code>
        </h2>
        <button type="button" onClick={() => setCompare({ on: false })}>
          Close
        </button>
      </div>
      <FirstDiff cmp={cmp} mainOp={diffChip ? `T${diffChip.thread} ${diffChip.op}` : null} onSeek={seek} />
      <StepStrip length={schedule.length} cursor={cursor} firstDiff={diffStep} onSeek={seek} />
      <div className="compare__views">
        <VariantColumn side={cmp.left} cursor={cursor} />
        <VariantColumn side={cmp.right} cursor={cursor} />
      </div>
      <FieldsTable left={cmp.left} right={cmp.right} cursor={cursor} />
      <div className="compare__views">
        <VariantPicture side={cmp.left} cursor={cursor} />
        <VariantPicture side={cmp.right} cursor={cursor} />
      </div>
    </section>
  );
}

function FirstDiff({ cmp, mainOp, onSeek }: { cmp: Comparison; mainOp: string | null; onSeek: (c: number) => void }) {
  if (cmp.firstDiff === null) {
    return (
      <p className="compare__first" data-testid="compare-first-diff" data-step="">
        Their common kernel fields never differ along this schedule.
      </p>
    );
  }
  const step = cmp.firstDiff;
  return (
    <p className="compare__first" data-testid="compare-first-diff" data-step={step}>
      Their states first differ after{' '}
      <button type="button" className="linklike" onClick={() => onSeek(step)}>
        step {step}
      </button>
      {mainOp ? (
        <>
          {' '}
          (<code>{mainOp}</code>)
        </>
      ) : null}
      .
    </p>
  );
}

function StepStrip({ length, cursor, firstDiff, onSeek }: { length: number; cursor: number; firstDiff: number | null; onSeek: (c: number) => void }) {
  const cells = [];
  for (let c = 0; c <= length; c++) {
    const cls = ['compare__cell'];
    if (c === cursor) cls.push('compare__cell--cursor');
    if (firstDiff !== null && c === firstDiff) cls.push('compare__cell--diff');
    else if (firstDiff !== null && c > firstDiff) cls.push('compare__cell--after');
    cells.push(
      <button
        key={c}
        type="button"
        className={cls.join(' ')}
        aria-label={c === 0 ? 'initial state' : `step ${c}`}
        aria-current={c === cursor ? 'step' : undefined}
        tabIndex={-1}
        onClick={() => onSeek(c)}
      >
        {c === 0 ? '·' : c}
      </button>,
    );
  }
  return <div className="compare__strip">{cells}</div>;
}

function FieldsTable({ left, right, cursor }: { left: Side; right: Side; cursor: number }) {
  const { commonFields, variantField } = packOf(left.model.scenario).compare;
  const a = stateAt(left.run, left.cursorAt[cursor] ?? 0).kernel;
  const b = stateAt(right.run, right.cursorAt[cursor] ?? 0).kernel;
  const fa = commonFields(a);
  const fb = commonFields(b);
  const differ = new Set(differingFields(fa, fb));
  const bm = new Map(fb);
  const names = [...new Set([...fa.map(([n]) => n), ...fb.map(([n]) => n)])];
  const va = variantField(left.model.variant, a);
  const vb = variantField(right.model.variant, b);
  return (
    <table className="compare__fields" data-testid="compare-fields">
      <thead>
        <tr>
          <th scope="col">field</th>
          <th scope="col">
            <code>{left.model.variant}</code>
          </th>
          <th scope="col">
            <code>{right.model.variant}</code>
          </th>
        </tr>
      </thead>
      <tbody>
        {names.map((n) => (
          <tr key={n} className={differ.has(n) ? 'compare__differs' : undefined} data-differs={differ.has(n) || undefined}>
            <th scope="row">{n}</th>
            <td>{new Map(fa).get(n) ?? '-'}</td>
            <td>{bm.get(n) ?? '-'}</td>
          </tr>
        ))}
        {va || vb ? (
          <tr className="compare__own">
            <th scope="row">only in one variant</th>
            <td>{va ? `${va[0]} = ${va[1]}` : `(${findVariant(left.model.scenario, left.model.variant)?.id ?? ''} has neither)`}</td>
            <td>{vb ? `${vb[0]} = ${vb[1]}` : `(${findVariant(right.model.scenario, right.model.variant)?.id ?? ''} has neither)`}</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
