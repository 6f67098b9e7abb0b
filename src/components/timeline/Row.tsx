// One step on the timeline: a row of the schedule with the step in its thread's lane,
// as the commit message's diagram draws it (one column per thread, time going down).
// Memoized on primitive props, so a cursor move re-renders only the rows whose phase
// changed, and a drop only the rows whose place or marks changed.
//
// The row is drawn here without dnd-kit: `StaticRow` is what the first paint shows
// while the drag code (SortableRows.tsx, a chunk of its own) loads, and SortableRows
// draws the same row with dnd-kit's handles.

import { type CSSProperties, type KeyboardEvent, memo, type Ref } from 'react';
import { threadShape, threadStyle } from '../../ui/names';
import { RefusedCallout } from './RefusedCallout';

/** Where a step stands relative to the cursor. */
export type Phase = 'done' | 'current' | 'todo';

export interface RowProps {
  id: string;
  position: number;
  length: number;
  thread: number;
  op: string;
  /** The call the step models, as the kernel writes it ("spin_lock(&private_lock)"). */
  call: string;
  phase: Phase;
  /** The invariant broken at this step (the run's first), or null. */
  broken: string | null;
  /** A thread dies at this step. */
  crash: boolean;
  /** Filled in by the engine to complete a shorter schedule. */
  completed: boolean;
  /** Why the step's branch was not taken, or null when it ran. */
  skipped: string | null;
  /** During a drag: this step would travel with the dragged one. */
  carried: boolean;
  /** After a drop: this step was moved by it. */
  moved: boolean;
  /** Race windows shading this row: the lanes, and the window's label on its first row. */
  bands: string;
  bandLabel: string | null;
  /** This step is a check that runs inside another thread's race window. */
  inWindow: boolean;
  /** The reason a drop here was refused, shown at this row. */
  refusal: string | null;
  reducedMotion: boolean;
  onSeek: (position: number) => void;
  onDismiss: () => void;
}

function accessibleName(p: RowProps): string {
  const parts = [`Step ${p.position + 1} of ${p.length}: T${p.thread} ${p.call}`];
  if (p.phase === 'current') parts.push('current step');
  if (p.skipped) parts.push(`skipped (${p.skipped})`);
  if (p.inWindow) parts.push('inside the race window');
  if (p.broken) parts.push(`${p.broken} breaks here`);
  if (p.crash) parts.push('the thread crashes here');
  if (p.completed) parts.push('filled in by the engine');
  if (p.moved) parts.push('moved by the last edit');
  return parts.join(', ');
}

/** What dnd-kit adds to a row: refs, handlers and the transform of a row in motion. */
export interface DragHandles {
  setNodeRef?: Ref<HTMLLIElement>;
  setActivatorNodeRef?: Ref<HTMLDivElement>;
  attributes?: Record<string, unknown>;
  // biome-ignore lint/complexity/noBannedTypes: dnd-kit's listener bag is typed with Function
  listeners?: Record<string, Function>;
  style?: CSSProperties;
  isDragging: boolean;
}

const NO_HANDLES: DragHandles = { isDragging: false };

/** The row before the drag code has loaded: the same markup, nothing to drag yet. */
export const StaticRow = memo(function StaticRow(p: RowProps) {
  return <RowView {...p} handles={NO_HANDLES} />;
});

export function RowView(p: RowProps & { handles: DragHandles }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, style, isDragging } = p.handles;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Space belongs to dnd-kit (pick up / drop); Enter shows the state after this step.
    if (e.key === 'Enter' && !isDragging) {
      e.preventDefault();
      p.onSeek(p.position);
      return;
    }
    listeners?.onKeyDown?.(e);
  };
  const lanes = p.bands ? p.bands.split(' ').map(Number) : [];
  return (
    <li
      ref={setNodeRef}
      className="tl-row"
      data-phase={p.phase}
      style={style}
    >
      <span className="tl-row__num" aria-hidden="true">
        {p.position + 1}
      </span>
      {lanes.map((lane) => (
        <span
          key={lane}
          className={`tl-band${p.bandLabel ? ' tl-band--first' : ''}`}
          style={{ gridColumn: lane + 1, ...threadStyle(lane) }}
          title={p.bandLabel ?? undefined}
          aria-hidden="true"
        />
      ))}
      {/* biome-ignore lint/a11y/useSemanticElements: a native button would turn the Space that drops a step into a click on keyup */}
      <div
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        role="button"
        tabIndex={0}
        onKeyDown={onKeyDown}
        onClick={() => p.onSeek(p.position)}
        aria-label={accessibleName(p)}
        aria-current={p.phase === 'current' ? 'step' : undefined}
        title={p.skipped ? `${p.op}: skipped, ${p.skipped}` : `${p.op} (click: the state after this step; drag: move it)`}
        className="tl-chip"
        style={{ gridColumn: `${p.thread + 1} / -1`, ...threadStyle(p.thread) }}
        data-testid="step"
        data-thread={p.thread}
        data-op={p.op}
        data-position={p.position}
        data-phase={p.phase}
        data-broken={p.broken ? 'true' : undefined}
        data-crash={p.crash ? 'true' : undefined}
        data-in-window={p.inWindow ? 'true' : undefined}
        data-completed={p.completed ? 'true' : undefined}
        data-skipped={p.skipped ? 'true' : undefined}
        data-carried={p.carried ? 'true' : undefined}
        data-moved={p.moved ? 'true' : undefined}
        data-dragging={isDragging ? 'true' : undefined}
      >
        <span className="tl-chip__who" aria-hidden="true">
          T{p.thread}
          {threadShape(p.thread)}
        </span>
        <code className="tl-chip__call">{p.call}</code>
        {p.inWindow ? (
          <span className="tl-mark tl-mark--window" aria-hidden="true">
            in window
          </span>
        ) : null}
        {p.broken ? (
          <span className="tl-mark tl-mark--broken" aria-hidden="true">
            ✗ {p.broken}
          </span>
        ) : null}
        {p.crash ? (
          <span className="tl-mark tl-mark--crash" aria-hidden="true">
            crash
          </span>
        ) : null}
        {p.completed ? (
          <span className="tl-mark tl-mark--auto" aria-hidden="true" title="filled in by the engine">
            +
          </span>
        ) : null}
      </div>
      {p.refusal ? <RefusedCallout message={p.refusal} position={p.position} onDismiss={p.onDismiss} /> : null}
    </li>
  );
}
