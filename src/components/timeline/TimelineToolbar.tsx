// Above the chips: which thread is which (colour, name and shape), undo and redo,
// and one status line that says what a drag would do before the drop.

import { useShallow } from 'zustand/react/shallow';
import type { Store } from '../../store';
import { selectCanRedo, selectCanUndo, useAppStore } from '../../store';
import { THREAD_SHAPE } from './Chip';
import { carriedText, chipName, type DropPreview, landing, stepOf } from './preview';

const selectToolbar = (s: Store) => ({
  model: s.model,
  chips: s.chips,
  notice: s.notice,
  canUndo: selectCanUndo(s),
  canRedo: selectCanRedo(s),
  undo: s.undo,
  redo: s.redo,
});

export function TimelineToolbar({ drag, preview }: { drag: { from: number; to: number } | null; preview: DropPreview | null }) {
  const { model, chips, notice, canUndo, canRedo, undo, redo } = useAppStore(useShallow(selectToolbar));
  const n = chips.length;
  let status: { text: string; tone: 'drag' | 'refused' | 'info' } | null = null;
  const chip = drag ? chips[drag.from] : undefined;
  if (drag && chip) {
    if (!preview) status = { text: `Dragging ${chipName(chip)}, ${stepOf(drag.from, n)}`, tone: 'drag' };
    else if (preview.refused) status = { text: `Dropping here would be refused: ${preview.refused}`, tone: 'refused' };
    else {
      const carried = carriedText(chip, drag.from, drag.to, preview.moved.length);
      const l = landing(drag.from, drag.to, preview.moved.length);
      status = {
        text: carried
          ? `Dropping here moves ${chipName(chip)} with ${carried} (marked ⇄) to steps ${l.first + 1}-${l.last + 1}`
          : `Dropping here moves ${chipName(chip)} to ${stepOf(l.dragged, n)}`,
        tone: 'drag',
      };
    }
  } else if (notice && !(notice.kind === 'refused' && notice.position !== undefined)) {
    status = { text: notice.message, tone: notice.kind === 'refused' ? 'refused' : 'info' };
  }
  return (
    <div className="tl-toolbar">
      <h2 id="timeline-title" className="tl-toolbar__title">
        Timeline
      </h2>
      <ul className="tl-threads" aria-label="Threads">
        {model.threads.map((t) => (
          <li key={t.tid} className={`tl-thread tl-thread--t${t.tid}`}>
            <span className="tl-thread__badge" aria-hidden="true">
              T{t.tid} {THREAD_SHAPE[t.tid]}
            </span>
            <span className="tl-sr-only">T{t.tid}: </span>
            <code>{t.title}</code>
          </li>
        ))}
      </ul>
      <p className={`tl-status tl-status--${status?.tone ?? 'idle'}`} aria-hidden={drag ? 'true' : undefined} role={drag ? undefined : 'status'}>
        {status?.text ?? 'Drag a step to reorder; click one to see the state after it.'}
      </p>
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
