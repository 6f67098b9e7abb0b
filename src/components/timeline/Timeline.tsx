// The schedule as the commit message draws it: one column per thread, time going down,
// one row per step. Rows drag with the pointer, touch or the keyboard; a drop asks the
// store to move the step, which brings the critical section it sits in along, or lands
// it at the nearest place the locks allow and says so. The race windows are shaded, a
// check inside one is marked, and so are the steps where an invariant breaks and where
// a thread crashes.

import { type CSSProperties, lazy, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { packOf, scenarioOf } from '../../packs';
import type { Store } from '../../store';
import { useAppStore, useAppStoreApi } from '../../store';
import { Loaded, PartFailed } from '../../ui/Loaded';
import { threadShape, threadStyle } from '../../ui/names';
import { stepMarks, windowSpans, windowText } from './marks';
import { chipId, previewDrop } from './preview';
import { isTold, selectDisclosure, toldOutcome } from '../../store/disclosure';
import { StaticRow } from './Row';
import { bandsOf, rowsOf } from './rows';
import { RunThreads } from './RunThreads';
import { TimelineToolbar } from './TimelineToolbar';
import { useReducedMotion } from './useReducedMotion';
import './timeline.css';

/** The step number, a fixed lane per thread, and the last lane taking the rest. */
const laneColumns = (lanes: number) => `2.2em ${'var(--tl-lane) '.repeat(Math.max(0, lanes - 1))}minmax(min-content, 1fr)`;

// dnd-kit and the sortable rows: fetched as soon as this module runs, drawn once loaded.
const loadRows = import('./SortableRows');
const SortableRows = lazy(() => loadRows.then((m) => ({ default: m.SortableRows })));

const selectTimeline = (s: Store) => ({
  chips: s.chips,
  run: s.run,
  model: s.model,
  schedule: s.schedule,
  cursor: s.cursor,
  notice: s.notice,
  lastMoved: s.lastMoved,
});

interface Drag {
  from: number;
  to: number;
  /** The schedule the drag started on: if it changes under the drag, the drag ends. */
  schedule: readonly number[];
}

/** The main view's timeline; a presented run (talk mode, an embed) has the stage's own (components/stage). */
export function Timeline() {
  const { chips, run, model, schedule, cursor, notice, lastMoved } = useAppStore(useShallow(selectTimeline));
  const disclosure = useAppStore(selectDisclosure);
  const store = useAppStoreApi();
  const reducedMotion = useReducedMotion();
  const titleId = useId();
  const [drag, setDrag] = useState<Drag | null>(null);
  // Remounting the DnD context cancels a drag in flight (dnd-kit has no cancel call).
  const [epoch, setEpoch] = useState(0);
  const n = chips.length;
  const tables = packOf(model.scenario).kernelText;
  const scenario = scenarioOf(model.scenario);

  // A drag in flight ends when the view changes under it (Back, a link, undo by key).
  useEffect(() => {
    if (drag && drag.schedule !== schedule) {
      setDrag(null);
      setEpoch((e) => e + 1);
    }
  }, [drag, schedule]);

  const ids = useMemo(() => chips.map(chipId), [chips]);
  const preview = useMemo(() => (drag && drag.to !== drag.from ? previewDrop(model, schedule, drag.from, drag.to) : null), [drag, model, schedule]);
  const carried = useMemo(() => new Set(preview?.moved ?? []), [preview]);
  const moved = useMemo(() => new Set(lastMoved), [lastMoved]);
  const marks = useMemo(() => stepMarks(run, model), [run, model]);
  const windows = useMemo(() => windowSpans(scenario.windows(model.variant), chips), [scenario, model.variant, chips]);
  const bands = useMemo(() => bandsOf(windows, n, disclosure, cursor), [windows, n, disclosure, cursor]);
  // A presented run (a challenge) names a window once it has opened, and where the check ran once it has.
  const toldWindows = windows.filter((w) => isTold(disclosure, w.first, cursor));
  const refusedAt = notice?.kind === 'refused' && notice.position !== undefined ? notice.position : -1;

  // The drag handlers read the latest values through a ref: dnd-kit keeps the
  // callbacks it was first given for the whole drag.
  const latest = useRef({ chips, plan: (from: number, to: number) => previewDrop(model, schedule, from, to) });
  latest.current = { chips, plan: (from: number, to: number) => previewDrop(model, schedule, from, to) };
  const lastDragEnd = useRef(0);
  const startedOn = useRef<readonly number[] | null>(null);

  const onDragStart = useCallback(
    (from: number) => {
      const s = store.getState();
      s.setPlaying(false);
      if (s.notice) s.dismissNotice();
      setDrag({ from, to: from, schedule: s.schedule });
      startedOn.current = s.schedule;
    },
    [store],
  );
  const onDragOver = useCallback((to: number) => setDrag((d) => (d && to >= 0 && d.to !== to ? { ...d, to } : d)), []);
  const onDragEnd = useCallback(
    (from: number, to: number) => {
      setDrag(null);
      lastDragEnd.current = performance.now();
      if (startedOn.current !== store.getState().schedule) return;
      if (from >= 0 && to >= 0 && from !== to) store.getState().moveChip(from, to);
    },
    [store],
  );
  const onDragCancel = useCallback(() => setDrag(null), []);

  const onSeek = useCallback(
    (position: number) => {
      // A pointer drag ends with a click on the step it moved: that is not a jump.
      if (performance.now() - lastDragEnd.current < 250) return;
      const s = store.getState();
      s.setPlaying(false);
      s.seek(position + 1);
    },
    [store],
  );
  const onDismiss = useCallback(() => store.getState().dismissNotice(), [store]);

  // Keep the current step in view as the cursor moves (the rows scroll, the page never).
  // Only a cursor move asks: reading the rows' geometry forces a layout, which a drop
  // (the cursor stays) should not pay inside its input task.
  const list = useRef<HTMLOListElement>(null);
  const dragging = useRef(false);
  dragging.current = drag !== null;
  useEffect(() => {
    const box = list.current?.parentElement;
    const row = list.current?.children[Math.max(0, cursor - 1)] as HTMLElement | undefined;
    if (!box || !row || dragging.current) return;
    const top = row.offsetTop - box.offsetTop;
    if (top < box.scrollTop + 24 || top + row.offsetHeight > box.scrollTop + box.clientHeight - 24) {
      box.scrollTop = Math.max(0, top - box.clientHeight / 3);
    }
  }, [cursor]);

  const lanes = model.threads.length;
  const label = `Schedule: ${n} steps in order`;
  const rows = useMemo(
    () =>
      rowsOf({
        chips,
        run,
        cursor,
        disclosure,
        marks,
        bands,
        tables,
        carried,
        moved,
        refusedAt,
        refusal: notice?.message ?? null,
        reducedMotion,
        onSeek,
        onDismiss,
      }),
    [chips, run, cursor, disclosure, marks, bands, tables, carried, moved, refusedAt, notice, reducedMotion, onSeek, onDismiss],
  );

  // The rows without dnd-kit: while its chunk loads, and should it fail to.
  const still = (
    <ol ref={list} className="tl-rows" aria-label={label}>
      {rows.map((r) => (
        <StaticRow key={r.id} {...r} />
      ))}
    </ol>
  );

  return (
    <section
      className="timeline"
      aria-labelledby={titleId}
      data-lanes={lanes}
      style={{ '--tl-cols': laneColumns(lanes), '--tl-n': n } as CSSProperties}
    >
      <TimelineToolbar drag={drag} preview={preview} titleId={titleId} />
      <RunThreads />
      {toldWindows.length ? (
        <p className="tl-windows">
          {toldWindows.map((w) => {
            const checkTold = w.check ? isTold(disclosure, w.check.position, cursor) : false;
            const safe = toldOutcome(disclosure, run, cursor)?.verdict === 'safe';
            return (
              <span
                key={`${w.def.thread}${w.def.from}${w.def.check.op}`}
                className="tl-windows__item"
                style={threadStyle(w.def.thread)}
                title={`T${w.def.thread}'s race window, shaded in its lane: ${windowText(w, checkTold, safe)}`}
                data-testid="race-window"
                data-inside={checkTold && w.check?.inside ? 'true' : 'false'}
              >
                <span className="tl-windows__swatch" aria-hidden="true" /> {windowText(w, checkTold, safe)}
              </span>
            );
          })}
        </p>
      ) : null}
      <div className="tl-head" aria-hidden="true">
        <span className="tl-head__num">#</span>
        {model.threads.map((t) => (
          <span key={t.tid} className="tl-head__lane" style={threadStyle(t.tid)} title={t.title}>
            {threadShape(t.tid)} T{t.tid} <span className="tl-head__label">{scenario.threadLabels[t.tid] ?? ''}</span>
          </span>
        ))}
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the rows scroll when they overflow the panel */}
      <section className="tl-scroll" tabIndex={0} aria-label="Steps">
        <Loaded
          what="Dragging steps"
          fallback={still}
          failed={(error) => (
            <>
              {still}
              <PartFailed what="Dragging steps" error={error} />
            </>
          )}
        >
          <SortableRows
            key={epoch}
            rows={rows}
            ids={ids}
            latest={latest}
            listRef={list}
            label={label}
            dragging={drag !== null}
            onDragStart={onDragStart}
            onDragOver={onDragOver}
            onDragEnd={onDragEnd}
            onDragCancel={onDragCancel}
          />
        </Loaded>
      </section>
    </section>
  );
}
