// Above the steps: undo and redo, and one status line that says what a drag would do
// before the drop, or what the last drop did.

import { useShallow } from 'zustand/react/shallow';
import type { MovePlan, Store } from '../../store';
import { selectCanRedo, selectCanUndo, useAppStore } from '../../store';
import { Presets } from './Presets';
import { chipName, planText, stepOf } from './preview';

const selectToolbar = (s: Store) => ({
  chips: s.chips,
  notice: s.notice,
  canUndo: selectCanUndo(s),
  canRedo: selectCanRedo(s),
  undo: s.undo,
  redo: s.redo,
});

/** `titleId` names the timeline's heading, which the timeline section is labelled by. */
export function TimelineToolbar({ drag, preview, titleId }: { drag: { from: number; to: number } | null; preview: MovePlan | null; titleId: string }) {
  const { chips, notice, canUndo, canRedo, undo, redo } = useAppStore(useShallow(selectToolbar));
  const n = chips.length;
  let status: { text: string; tone: 'drag' | 'refused' | 'info' } | null = null;
  const chip = drag ? chips[drag.from] : undefined;
  if (drag && chip) {
    if (!preview) status = { text: `Dragging ${chipName(chip)}, ${stepOf(drag.from, n)}`, tone: 'drag' };
    else status = { text: `Dropping here: ${planText(chip, preview, n)}`, tone: preview.refused ? 'refused' : 'drag' };
  } else if (notice && !(notice.kind === 'refused' && notice.position !== undefined)) {
    status = { text: notice.message, tone: notice.kind === 'refused' ? 'refused' : 'info' };
  }
  return (
    <div className="tl-toolbar">
      <h2 id={titleId} className="tl-sr-only">
        Timeline
      </h2>
      <p
        className={`tl-status tl-status--${status?.tone ?? 'idle'}`}
        aria-hidden={drag ? 'true' : undefined}
        role={drag ? undefined : 'status'}
        data-testid="timeline-status"
      >
        {status?.text ?? ''}
      </p>
      <Presets />
      <div className="tl-toolbar__edit">
        <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">
          <span aria-hidden="true">↶ </span>Undo
        </button>
        <button
          type="button"
          onClick={redo}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
          title="Redo (Ctrl+Shift+Z)"
        >
          <span aria-hidden="true">↷ </span>Redo
        </button>
      </div>
    </div>
  );
}
