// Where the run is, as a small copy of the timeline: "step 15 of 25" and one cell per
// step in its thread's colour, the ones already run filled, the current one marked.
// The cells are a picture for the eye; the words say the same to a screen reader.

import type { Chip } from '../../store';
import { threadShape, threadStyle } from '../../ui/names';

export function Position({ chips, cursor }: { chips: readonly Chip[]; cursor: number }) {
  const total = chips.length;
  return (
    <div className="pv-position" data-testid="presenter-position">
      <p className="pv-position__words">{cursor === 0 ? `before step 1 of ${total}` : `step ${cursor} of ${total}`}</p>
      <ol className="pv-position__cells" aria-hidden="true">
        {chips.map((c) => {
          const phase = c.position < cursor - 1 ? 'done' : c.position === cursor - 1 ? 'current' : 'todo';
          return (
            <li key={c.position} className={`pv-cell pv-cell--${phase}`} style={threadStyle(c.thread)}>
              {threadShape(c.thread)}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
