// The schedule as chips, one per step, in schedule order, draggable with the
// pointer, touch or the keyboard. A drop asks the store to move the chip; the store
// carries the thread's other steps along to keep its order, or refuses (the reason
// is shown where the user dropped). During a drag the chips that would travel are
// marked, and the toolbar says what the drop would do before it happens.

import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { rectSortingStrategy, SortableContext } from '@dnd-kit/sortable';
import { type CSSProperties, useCallback, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Chip as ChipData, Store } from '../../store';
import { useAppStore, useAppStoreApi } from '../../store';
import { Chip, type Phase } from './Chip';
import { INSTRUCTIONS, previewDrop, say } from './preview';
import { useTimelineSensors } from './sensors';
import { TimelineToolbar } from './TimelineToolbar';
import { useReducedMotion } from './useReducedMotion';
import './timeline.css';

/** A chip's identity survives moves: thread and index within the thread. */
const chipId = (c: Pick<ChipData, 'thread' | 'index'>): string => `t${c.thread}-${c.index}`;

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
}

export function Timeline() {
  const { chips, run, model, schedule, cursor, notice, lastMoved } = useAppStore(useShallow(selectTimeline));
  const store = useAppStoreApi();
  const reducedMotion = useReducedMotion();
  const sensors = useTimelineSensors();
  const [drag, setDrag] = useState<Drag | null>(null);
  const n = chips.length;

  const ids = useMemo(() => chips.map(chipId), [chips]);
  const positionOf = useMemo(() => new Map(ids.map((id, i) => [id as UniqueIdentifier, i])), [ids]);
  const preview = useMemo(
    () => (drag && drag.to !== drag.from ? previewDrop(model, schedule, drag.from, drag.to) : null),
    [drag, model, schedule],
  );
  const carried = useMemo(() => new Set(preview?.moved ?? []), [preview]);
  const moved = useMemo(() => new Set(lastMoved), [lastMoved]);
  const brokenAt = run.outcome.verdict === 'bug' ? run.outcome.step - 1 : -1;
  const brokenName = run.outcome.verdict === 'bug' ? run.outcome.invariant : null;
  const refusedAt = notice?.kind === 'refused' && notice.position !== undefined ? notice.position : -1;

  // Announcements and handlers read the latest values through a ref: dnd-kit keeps
  // the callbacks it was first given for the whole drag.
  const latest = useRef({ chips, model, schedule });
  latest.current = { chips, model, schedule };
  const lastDragEnd = useRef(0);

  const at = (id: UniqueIdentifier | undefined): number => (id === undefined ? -1 : (positionOf.get(id) ?? -1));

  const announcements = useMemo(() => {
    const chipAt = (id: UniqueIdentifier) => latest.current.chips.find((c) => chipId(c) === id);
    const posOf = (id: UniqueIdentifier | undefined) =>
      id === undefined ? -1 : latest.current.chips.findIndex((c) => chipId(c) === id);
    const pv = (from: number, to: number) => previewDrop(latest.current.model, latest.current.schedule, from, to);
    const total = () => latest.current.chips.length;
    // dnd-kit reports "over" right after the pick-up (over itself): say nothing new
    // until the chip is over another place, so the pick-up text is heard.
    let lastOver: UniqueIdentifier | null = null;
    return {
      onDragStart: ({ active }: { active: { id: UniqueIdentifier } }) => {
        lastOver = active.id;
        const c = chipAt(active.id);
        return c ? say.pickedUp(c, total()) : undefined;
      },
      onDragOver: ({ active, over }: { active: { id: UniqueIdentifier }; over: { id: UniqueIdentifier } | null }) => {
        if (!over || over.id === lastOver) return undefined;
        lastOver = over.id;
        const c = chipAt(active.id);
        const to = posOf(over.id);
        return c && to >= 0 ? say.over(c, to, total(), pv(c.position, to)) : undefined;
      },
      onDragEnd: ({ active, over }: { active: { id: UniqueIdentifier }; over: { id: UniqueIdentifier } | null }) => {
        const c = chipAt(active.id);
        const to = posOf(over?.id);
        if (!c) return undefined;
        return to < 0 ? say.cancelled(c, total()) : say.dropped(c, to, total(), pv(c.position, to));
      },
      onDragCancel: ({ active }: { active: { id: UniqueIdentifier } }) => {
        const c = chipAt(active.id);
        return c ? say.cancelled(c, total()) : undefined;
      },
    };
  }, []);

  const onDragStart = (e: DragStartEvent) => {
    const from = at(e.active.id);
    const s = store.getState();
    s.setPlaying(false);
    if (s.notice) s.dismissNotice();
    setDrag({ from, to: from });
  };
  const onDragOver = (e: DragOverEvent) => {
    const to = at(e.over?.id);
    setDrag((d) => (d && to >= 0 && d.to !== to ? { ...d, to } : d));
  };
  const onDragEnd = (e: DragEndEvent) => {
    const from = at(e.active.id);
    const to = at(e.over?.id);
    setDrag(null);
    lastDragEnd.current = performance.now();
    if (from >= 0 && to >= 0 && from !== to) store.getState().moveChip(from, to);
  };
  const onDragCancel = () => setDrag(null);

  const onSeek = useCallback(
    (position: number) => {
      // A pointer drag ends with a click on the chip it moved: that is not a jump.
      if (performance.now() - lastDragEnd.current < 250) return;
      const s = store.getState();
      s.setPlaying(false);
      s.seek(position + 1);
    },
    [store],
  );
  const onDismiss = useCallback(() => store.getState().dismissNotice(), [store]);

  const phaseOf = (position: number): Phase =>
    position === cursor - 1 ? 'current' : position < cursor ? 'done' : 'todo';

  return (
    <section className="timeline" aria-labelledby="timeline-title" data-lanes={model.threads.length}>
      <TimelineToolbar drag={drag} preview={preview} />
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={onDragCancel}
        accessibility={{ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }}
      >
        <SortableContext items={ids} strategy={rectSortingStrategy}>
          <ol
            className="tl-list"
            aria-label={`Schedule: ${n} steps in order`}
            style={{ '--tl-n': n } as CSSProperties}
            data-dragging={drag ? 'true' : undefined}
          >
            {chips.map((c) => {
              const frame = run.frames[c.position];
              return (
                <Chip
                  key={ids[c.position]}
                  id={ids[c.position] as string}
                  position={c.position}
                  length={n}
                  thread={c.thread}
                  op={c.op}
                  phase={phaseOf(c.position)}
                  broken={c.position === brokenAt ? brokenName : null}
                  completed={frame?.completed ?? false}
                  skipped={frame?.skipped ?? null}
                  carried={carried.has(c.position)}
                  moved={moved.has(c.position)}
                  refusing={drag?.from === c.position && !!preview?.refused}
                  refusal={c.position === refusedAt ? (notice?.message ?? null) : null}
                  reducedMotion={reducedMotion}
                  onSeek={onSeek}
                  onDismiss={onDismiss}
                />
              );
            })}
          </ol>
        </SortableContext>
      </DndContext>
    </section>
  );
}
