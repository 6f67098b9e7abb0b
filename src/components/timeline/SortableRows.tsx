// The rows made draggable: dnd-kit's context (pointer, touch, keyboard: sensors.ts),
// the sortable rows and the screen-reader announcements. A chunk of its own, loaded
// right after the first paint (Timeline shows StaticRow's same markup until then), so
// dnd-kit never weighs on the initial script.

import { closestCenter, DndContext, type DragEndEvent, type DragOverEvent, type DragStartEvent, type UniqueIdentifier } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, type RefObject, useCallback, useMemo, useRef } from 'react';
import type { Chip, MovePlan } from '../../store';
import { chipId, INSTRUCTIONS, say } from './preview';
import { type RowProps, RowView } from './Row';
import { useTimelineSensors } from './sensors';

export interface RowsProps {
  rows: readonly RowProps[];
  /** The rows' ids, kept apart so the sortable context only changes when the order does. */
  ids: readonly string[];
  /** The latest chips and a drop's plan: dnd-kit keeps the callbacks it was first given. */
  latest: RefObject<{ chips: readonly Chip[]; plan: (from: number, to: number) => MovePlan }>;
  listRef: RefObject<HTMLOListElement | null>;
  label: string;
  dragging: boolean;
  onDragStart: (from: number) => void;
  onDragOver: (to: number) => void;
  onDragEnd: (from: number, to: number) => void;
  onDragCancel: () => void;
}

const SortableRow = memo(function SortableRow(p: RowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: p.id,
    transition: p.reducedMotion ? null : { duration: 160, easing: 'ease-out' },
  });
  const style = { transform: CSS.Translate.toString(transform), transition, zIndex: isDragging ? 5 : undefined };
  return (
    <RowView
      {...p}
      handles={{ attributes: attributes as unknown as Record<string, unknown>, listeners, setNodeRef, setActivatorNodeRef, style, isDragging }}
    />
  );
});

export function SortableRows(p: RowsProps) {
  const sensors = useTimelineSensors();
  const { ids } = p;
  const positionOf = useMemo(() => new Map(ids.map((id, i) => [id as UniqueIdentifier, i])), [ids]);
  // Every prop of the dnd-kit contexts stays the same object from one render to the
  // next (the handlers read the latest values through a ref): a cursor move then
  // re-renders only the rows whose props changed, not all of them.
  const now = useRef({ p, positionOf });
  now.current = { p, positionOf };
  const at = useCallback((id: UniqueIdentifier | undefined): number => (id === undefined ? -1 : (now.current.positionOf.get(id) ?? -1)), []);
  const onDragStart = useCallback((e: DragStartEvent) => now.current.p.onDragStart(at(e.active.id)), [at]);
  const onDragOver = useCallback((e: DragOverEvent) => now.current.p.onDragOver(at(e.over?.id)), [at]);
  const onDragEnd = useCallback((e: DragEndEvent) => now.current.p.onDragEnd(at(e.active.id), at(e.over?.id)), [at]);
  const onDragCancel = useCallback(() => now.current.p.onDragCancel(), []);
  const { latest } = p;

  const announcements = useMemo(() => {
    const chipAt = (id: UniqueIdentifier) => latest.current?.chips.find((c) => chipId(c) === id);
    const posOf = (id: UniqueIdentifier | undefined) => (id === undefined ? -1 : (latest.current?.chips.findIndex((c) => chipId(c) === id) ?? -1));
    const plan = (from: number, to: number) => (latest.current as NonNullable<typeof latest.current>).plan(from, to);
    const total = () => latest.current?.chips.length ?? 0;
    // dnd-kit reports "over" right after the pick-up (over itself): say nothing new
    // until the step is over another place, so the pick-up text is heard.
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
        return c && to >= 0 ? say.over(c, to, total(), plan(c.position, to)) : undefined;
      },
      onDragEnd: ({ active, over }: { active: { id: UniqueIdentifier }; over: { id: UniqueIdentifier } | null }) => {
        const c = chipAt(active.id);
        const to = posOf(over?.id);
        if (!c) return undefined;
        return to < 0 ? say.cancelled(c, total()) : say.dropped(c, to, total(), plan(c.position, to));
      },
      onDragCancel: ({ active }: { active: { id: UniqueIdentifier } }) => {
        const c = chipAt(active.id);
        return c ? say.cancelled(c, total()) : undefined;
      },
    };
  }, [latest]);
  const accessibility = useMemo(() => ({ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }), [announcements]);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
      accessibility={accessibility}
    >
      <SortableContext items={ids as string[]} strategy={verticalListSortingStrategy}>
        <ol ref={p.listRef} className="tl-rows" aria-label={p.label} data-dragging={p.dragging ? 'true' : undefined} data-sortable="true">
          {p.rows.map((r) => (
            <SortableRow key={r.id} {...r} />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
