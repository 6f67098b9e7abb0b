// One stop in the tour panel: its view in one line, its title and notes, where it opens
// and how far the clicker walks, and the buttons that move, replace, play or remove it.
// Alt+↑ / Alt+↓ anywhere in the stop move it, as its ↑ and ↓ buttons do.
// Test contract: data-testid="tour-stop" with data-index (0-based), data-scenario,
// data-variant, data-schedule (digits), data-at, data-until ('' for the end), data-compare
// ("left|right", '' when off).

import type { KeyboardEvent } from 'react';
import { type Stop, untilOf } from '../../store';

export interface StopActions {
  update(index: number, patch: { title?: string; notes?: string; at?: number; until?: number | null }): void;
  /** Moves the stop; `role` names the control to keep focus on. */
  move(from: number, to: number, role: string | null): void;
  recapture(index: number): void;
  remove(index: number): void;
  play(index: number): void;
}

function summary(stop: Stop): string {
  const v = stop.view;
  const steps = v.schedule.length;
  const opens = v.at < 0 ? 'opens at the initial state' : `opens at step ${v.at + 1}`;
  const walks = v.until === undefined ? 'walks to the end' : `walks to step ${untilOf(v) + 1}`;
  const compare = v.compare ? `compare ${v.compare.left} | ${v.compare.right}` : 'compare off';
  const claims = stop.claims ? ` · ${stop.claims.verdict}${stop.claims.invariant ? ` (${stop.claims.invariant})` : ''}` : '';
  return `${v.scenario} · ${v.variant} · ${opens}, ${walks} of ${steps} · ${compare}${claims}`;
}

const roleOf = (el: Element | null) => (el instanceof HTMLElement ? (el.dataset.role ?? null) : null);

export function StopItem({ stop, index, count, actions }: { stop: Stop; index: number; count: number; actions: StopActions }) {
  const v = stop.view;
  const steps = v.schedule.length;
  const label = `stop ${index + 1}`;
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    const to = index + (e.key === 'ArrowUp' ? -1 : 1);
    e.preventDefault();
    if (to >= 0 && to < count) actions.move(index, to, roleOf(document.activeElement));
  };
  return (
    <li
      className="tour-stop"
      data-testid="tour-stop"
      data-index={index}
      data-scenario={v.scenario}
      data-variant={v.variant}
      data-schedule={v.schedule.join('')}
      data-at={v.at}
      data-until={v.until ?? ''}
      data-compare={v.compare ? `${v.compare.left}|${v.compare.right}` : ''}
      aria-label={`Stop ${index + 1} of ${count}: ${stop.title}`}
      onKeyDown={onKeyDown}
    >
      <p className="tour-stop__view">
        <span className="tour-stop__num">{index + 1}</span> {summary(stop)}
      </p>
      <label className="tour-field">
        <span>Title</span>
        <input data-role="title" data-testid="tour-stop-title" value={stop.title} onChange={(e) => actions.update(index, { title: e.target.value })} />
      </label>
      <label className="tour-field">
        <span>Notes (what you will say)</span>
        <textarea data-role="notes" data-testid="tour-stop-notes-field" rows={3} value={stop.notes} onChange={(e) => actions.update(index, { notes: e.target.value })} />
      </label>
      <div className="tour-stop__steps">
        <label className="tour-field tour-field--inline">
          <span>Opens at step</span>
          <input
            data-role="at"
            type="number"
            min={0}
            max={steps}
            value={v.at + 1}
            title="0 is the initial state"
            onChange={(e) => Number.isFinite(e.target.valueAsNumber) && actions.update(index, { at: e.target.valueAsNumber - 1 })}
          />
        </label>
        <label className="tour-field tour-field--inline">
          <span>Clicker walks to step</span>
          <input
            data-role="until"
            type="number"
            min={v.at + 1}
            max={steps}
            placeholder={`${steps} (end)`}
            value={v.until === undefined ? '' : untilOf(v) + 1}
            onChange={(e) => actions.update(index, { until: Number.isFinite(e.target.valueAsNumber) ? e.target.valueAsNumber - 1 : null })}
          />
        </label>
      </div>
      <div className="tour-stop__actions">
        <button type="button" data-role="up" aria-label={`Move ${label} up`} disabled={index === 0} onClick={() => actions.move(index, index - 1, 'up')}>
          ↑
        </button>
        <button type="button" data-role="down" aria-label={`Move ${label} down`} disabled={index === count - 1} onClick={() => actions.move(index, index + 1, 'down')}>
          ↓
        </button>
        <button type="button" data-testid="tour-stop-play" onClick={() => actions.play(index)}>
          Play from here
        </button>
        <button type="button" title="Keep the title and notes; take the view on screen now" onClick={() => actions.recapture(index)}>
          Use current view
        </button>
        <button type="button" data-testid="tour-stop-remove" aria-label={`Remove ${label}`} onClick={() => actions.remove(index)}>
          Remove
        </button>
      </div>
    </li>
  );
}
