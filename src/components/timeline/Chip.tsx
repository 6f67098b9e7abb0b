// One step of one thread on the timeline. Memoized on primitive props so a cursor
// move re-renders only the chips whose phase changed, and a drop only the chips
// whose place or marks changed.

import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { type KeyboardEvent, memo } from 'react';
import { RefusedCallout } from './RefusedCallout';

/** Where a chip stands relative to the cursor. */
export type Phase = 'done' | 'current' | 'todo';

/** A shape per thread, so a thread is never told by colour alone. */
export const THREAD_SHAPE: Readonly<Record<number, string>> = { 1: '●', 2: '▲', 3: '■' };

export interface ChipProps {
  id: string;
  position: number;
  length: number;
  thread: number;
  op: string;
  phase: Phase;
  /** The invariant broken at this step (the run's first), or null. */
  broken: string | null;
  /** Filled in by the engine to complete a shorter schedule. */
  completed: boolean;
  /** Why the step's branch was not taken, or null when it ran. */
  skipped: string | null;
  /** During a drag: this chip would travel with the dragged one. */
  carried: boolean;
  /** After a drop: this chip was moved by it. */
  moved: boolean;
  /** During a drag (on the dragged chip): dropping it where it is now would be refused. */
  refusing: boolean;
  /** The reason a drop here was refused, shown at this chip. */
  refusal: string | null;
  reducedMotion: boolean;
  onSeek: (position: number) => void;
  onDismiss: () => void;
}

function accessibleName(p: ChipProps): string {
  const parts = [`Step ${p.position + 1} of ${p.length}: T${p.thread} ${p.op}`];
  if (p.phase === 'current') parts.push('current step');
  if (p.skipped) parts.push(`skipped (${p.skipped})`);
  if (p.broken) parts.push(`${p.broken} breaks here`);
  if (p.completed) parts.push('filled in by the engine');
  if (p.moved) parts.push('moved by the last edit');
  return parts.join(', ');
}

export const Chip = memo(function Chip(p: ChipProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: p.id,
    transition: p.reducedMotion ? null : { duration: 160, easing: 'ease-out' },
  });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Space belongs to dnd-kit (pick up / drop); Enter shows the state after this step.
    if (e.key === 'Enter' && !isDragging) {
      e.preventDefault();
      p.onSeek(p.position);
      return;
    }
    listeners?.onKeyDown?.(e);
  };
  return (
    <li
      ref={setNodeRef}
      className="tl-slot"
      data-lane={p.thread}
      style={{ transform: CSS.Translate.toString(transform), transition, zIndex: isDragging ? 5 : undefined }}
    >
      <span className="tl-slot__num" aria-hidden="true" data-phase={p.phase}>
        {p.broken ? <span className="tl-mark tl-mark--broken">✗</span> : null}
        {p.carried || p.moved ? <span className="tl-mark tl-mark--moved">⇄</span> : null}
        {p.completed ? <span className="tl-mark tl-mark--auto">+</span> : null}
        {p.position + 1}
      </span>
      {/* biome-ignore lint/a11y/useSemanticElements: a native button would turn the Space that drops a chip into a click on keyup */}
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
        title={p.skipped ? `${p.op}: skipped, ${p.skipped}` : p.op}
        className={`tl-chip tl-chip--t${p.thread}`}
        data-testid="step"
        data-thread={p.thread}
        data-op={p.op}
        data-position={p.position}
        data-phase={p.phase}
        data-broken={p.broken ? 'true' : undefined}
        data-completed={p.completed ? 'true' : undefined}
        data-skipped={p.skipped ? 'true' : undefined}
        data-carried={p.carried ? 'true' : undefined}
        data-moved={p.moved ? 'true' : undefined}
        data-dragging={isDragging ? 'true' : undefined}
        data-refusing={p.refusing ? 'true' : undefined}
      >
        <span className="tl-chip__who" aria-hidden="true">
          T{p.thread}
          <span className="tl-chip__shape">{THREAD_SHAPE[p.thread] ?? '◆'}</span>
        </span>
        <span className="tl-chip__op">{breakable(p.op)}</span>
      </div>
      {p.refusal ? <RefusedCallout message={p.refusal} position={p.position} length={p.length} onDismiss={p.onDismiss} /> : null}
    </li>
  );
});

/**
 * The op id with a line-break opportunity (a zero-width space) after each underscore,
 * so a long one wraps onto a second column; text, not elements, to keep 38 chips light.
 * The chip's accessible name and data-op carry the op id unchanged.
 */
function breakable(op: string): string {
  return op.replaceAll('_', '_\u200b');
}
