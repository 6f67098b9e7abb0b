// The timeline on a stage: the commit message's two columns (one per thread, time going
// down) around the current step only, the steps before and after it summarized in a
// line each. Steps are not dragged here: a click jumps to a step and the clicker's keys
// stay with the stage. What a row marks follows the view's disclosure (rows.ts).

import { type CSSProperties, useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { packOf, scenarioOf } from '../../packs';
import type { Store } from '../../store';
import { useAppStore, useAppStoreApi } from '../../store';
import { selectDisclosure } from '../../store/disclosure';
import { threadShape, threadStyle } from '../../ui/names';
import { stepMarks, windowSpans } from '../timeline/marks';
import { StaticRow } from '../timeline/Row';
import { bandsOf, rowsOf } from '../timeline/rows';
import { useReducedMotion } from '../timeline/useReducedMotion';
import { type Summary, summarize, visibleSpan } from './span';

const selectTimeline = (s: Store) => ({ chips: s.chips, run: s.run, model: s.model, cursor: s.cursor });

/**
 * How many rows a stage shows around the current step: five where the height allows, three
 * on a 4:3 projector; an embed's column beside the picture holds as many as its height.
 */
export const stageRows = (kind: 'talk' | 'embed', width: number, height: number): number =>
  kind === 'embed' ? (height >= 520 ? 9 : 7) : width / height < 1.5 ? 3 : 5;

/**
 * The grid of a row: the step number, then a lane per thread. In a band, two threads get
 * two equal columns, as in the commit message; with more, the last lane is the widest
 * (a chip runs on over the lanes to its right, so the last lane's must fit in it alone).
 * Beside the picture the lanes are indents and the last takes the rest.
 */
function laneColumns(lanes: number, side: boolean): string {
  if (side) return `2.2em ${'1.6em '.repeat(Math.max(0, lanes - 1))}minmax(0, 1fr)`;
  if (lanes <= 2) return `2.4em repeat(${lanes}, minmax(0, 1fr))`;
  return `2.4em repeat(${lanes - 1}, minmax(0, 1fr)) minmax(min-content, 1.6fr)`;
}

/** `side`: a column beside the picture, each thread a lane's indent further right, rather than a band of two columns. */
export function StageTimeline({ rows: want, side = false }: { rows: number; side?: boolean }) {
  const { chips, run, model, cursor } = useAppStore(useShallow(selectTimeline));
  const disclosure = useAppStore(selectDisclosure);
  const store = useAppStoreApi();
  const reducedMotion = useReducedMotion();
  const tables = packOf(model.scenario).kernelText;
  const scenario = scenarioOf(model.scenario);
  const n = chips.length;
  const marks = useMemo(() => stepMarks(run, model), [run, model]);
  const windows = useMemo(() => windowSpans(scenario.windows(model.variant), chips), [scenario, model.variant, chips]);
  const bands = useMemo(() => bandsOf(windows, n, disclosure, cursor), [windows, n, disclosure, cursor]);
  const onSeek = useCallback(
    (position: number) => {
      const s = store.getState();
      s.setPlaying(false);
      s.seek(position + 1);
      // The clicker's keys go back to the stage, not to the step that was clicked.
      (document.activeElement as HTMLElement | null)?.blur?.();
    },
    [store],
  );
  const onDismiss = useCallback(() => {}, []);
  const rows = useMemo(
    () => rowsOf({ chips, run, cursor, disclosure, marks, bands, tables, reducedMotion, onSeek, onDismiss }),
    [chips, run, cursor, disclosure, marks, bands, tables, reducedMotion, onSeek, onDismiss],
  );
  const [from, to] = visibleSpan(n, cursor, want);
  const before = summarize(chips.slice(0, from), model, 'before');
  const after = summarize(chips.slice(to), model, 'after');
  const lanes = model.threads.length;
  return (
    <section
      className={side ? 'st-timeline st-timeline--side' : 'st-timeline'}
      aria-label={`Schedule: ${n} steps; steps ${from + 1} to ${to} shown`}
      data-lanes={lanes}
      style={{ '--tl-cols': laneColumns(lanes, side) } as CSSProperties}
      data-testid="stage-timeline"
    >
      <div className="st-timeline__head tl-head" aria-hidden="true">
        <span className="tl-head__num">#</span>
        {model.threads.map((t) => (
          <span key={t.tid} className="tl-head__lane" style={threadStyle(t.tid)} title={t.title}>
            {threadShape(t.tid)} T{t.tid} <span className="tl-head__label">{scenario.threadLabels[t.tid] ?? ''}</span>
          </span>
        ))}
      </div>
      <SummaryLine summary={before} />
      <ol className="tl-rows st-timeline__rows">
        {rows.slice(from, to).map((r) => (
          <StaticRow key={r.id} {...r} />
        ))}
      </ol>
      <SummaryLine summary={after} />
    </section>
  );
}

function SummaryLine({ summary }: { summary: Summary | null }) {
  if (!summary) return null;
  return (
    <p className={`st-timeline__summary st-timeline__summary--${summary.side}`} data-testid={`stage-summary-${summary.side}`}>
      {summary.text}
    </p>
  );
}
