// Compare mode: the main schedule run in two variants, drawn side by side as two
// pictures, both following the main cursor; the first step where their common kernel
// fields differ is named above and marked in both pictures, with what differs.

import { use, useMemo } from 'react';
import { type CompareModel, compareModelOf, modelOf } from '../../packs';
import { selectChips, selectCompare, selectCursor, selectModel, useAppStore } from '../../store';
import type { Store } from '../../store/store';
import { type Comparison, compareRuns, differingFields, stateAt } from './align';
import { type Divergence, VariantColumn } from './VariantColumn';
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
  const { commonFields } = use(compareModelOf(model.scenario));
  // Recomputed only when the schedule or the pair changes (a replay per side), not per step.
  const cmp: Comparison = useMemo(
    () => compareRuns(model, schedule, modelOf(model.scenario, left), modelOf(model.scenario, right), commonFields),
    [model, schedule, left, right, commonFields],
  );
  const diff = useMemo(() => divergence(cmp, commonFields), [cmp, commonFields]);
  const diffChip = cmp.firstDiff !== null && cmp.firstDiff > 0 ? chips[cmp.firstDiff - 1] : undefined;
  return (
    <section className="compare" aria-label="Compare two variants" data-testid="compare">
      <div className="compare__head">
        <h2>
          Same interleaving, <code>{left}</code> and <code>{right}</code>
        </h2>
        <FirstDiff cmp={cmp} mainOp={diffChip ? `T${diffChip.thread} ${diffChip.op}` : null} onSeek={seek} />
        <button type="button" onClick={() => setCompare({ on: false })}>
          Close
        </button>
      </div>
      <div className="compare__views">
        <VariantColumn side={cmp.left} cursor={cursor} divergence={diff.left} />
        <VariantColumn side={cmp.right} cursor={cursor} divergence={diff.right} />
      </div>
    </section>
  );
}

/** Each side's values of the fields that differ at the first divergence. */
function divergence(cmp: Comparison, commonFields: CompareModel['commonFields']): { left: Divergence | null; right: Divergence | null } {
  const step = cmp.firstDiff;
  if (step === null) return { left: null, right: null };
  const a = commonFields(stateAt(cmp.left.run, cmp.left.cursorAt[step] ?? 0).kernel);
  const b = commonFields(stateAt(cmp.right.run, cmp.right.cursorAt[step] ?? 0).kernel);
  const names = new Set(differingFields(a, b));
  const pick = (f: Array<[string, string]>) => f.filter(([n]) => names.has(n));
  return { left: { step, fields: pick(a) }, right: { step, fields: pick(b) } };
}

function FirstDiff({ cmp, mainOp, onSeek }: { cmp: Comparison; mainOp: string | null; onSeek: (c: number) => void }) {
  if (cmp.firstDiff === null) {
    return (
      <p className="compare__first" data-testid="compare-first-diff" data-step="">
        Their common kernel fields never differ along this interleaving.
      </p>
    );
  }
  const step = cmp.firstDiff;
  return (
    <p className="compare__first" data-testid="compare-first-diff" data-step={step}>
      They first differ after{' '}
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
