// Step through the run: to start, back, play/pause, forward, to end, a speed, a
// scrubber over 0..n and "step k of n" with what that step did. The same actions
// have keys (src/actions/registry.ts), listed in the legend.

import { useShallow } from 'zustand/react/shallow';
import { findAction } from '../../actions/registry';
import type { Store } from '../../store';
import { SPEEDS, useAppStore, useAppStoreApi } from '../../store';
import { useOpenLegend } from '../legend/openLegend';
import { Icon } from './icons';
import { usePlayTimer } from './usePlayTimer';
import './playback.css';

const selectPlayback = (s: Store) => ({
  stopAtBreak: s.stopAtBreak,
  cursor: s.cursor,
  n: s.schedule.length,
  playing: s.playing,
  speed: s.speed,
  frame: s.cursor === 0 ? null : (s.run.frames[s.cursor - 1] ?? null),
});

/** The keys of an action, for a tooltip: "Step forward (→)". */
const withKeys = (id: string, label: string): string => {
  const keys = findAction(id)?.keys ?? [];
  return keys.length ? `${label} (${keys.join(', ')})` : label;
};

export function Playback() {
  usePlayTimer();
  const store = useAppStoreApi();
  const openLegend = useOpenLegend();
  const { cursor, n, playing, speed, frame, stopAtBreak } = useAppStore(useShallow(selectPlayback));
  const act = (f: (s: Store) => void) => () => {
    const s = store.getState();
    if (s.playing) s.setPlaying(false);
    f(store.getState());
  };
  const what = frame ? `T${frame.thread} ${frame.op}${frame.skipped ? ' (skipped)' : ''}` : 'initial state';
  return (
    <section className="playback" aria-label="Playback">
      <div className="pb-buttons">
        <button type="button" onClick={act((s) => s.toStart())} disabled={cursor === 0} aria-label={withKeys('to-start', 'Jump to start')} title={withKeys('to-start', 'Jump to start')}>
          <Icon name="start" />
        </button>
        <button type="button" onClick={act((s) => s.stepBack())} disabled={cursor === 0} aria-label={withKeys('step-back', 'Step back')} title={withKeys('step-back', 'Step back')}>
          <Icon name="back" />
        </button>
        <button
          type="button"
          className="pb-play"
          onClick={() => store.getState().setPlaying(!playing)}
          aria-label={withKeys('play', playing ? 'Pause' : 'Play')}
          title={withKeys('play', playing ? 'Pause' : 'Play')}
          aria-pressed={playing}
          data-testid="play"
        >
          <Icon name={playing ? 'pause' : 'play'} /> {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={act((s) => s.stepForward())} disabled={cursor >= n} aria-label={withKeys('step-forward', 'Step forward')} title={withKeys('step-forward', 'Step forward')}>
          <Icon name="forward" />
        </button>
        <button type="button" onClick={act((s) => s.toEnd())} disabled={cursor >= n} aria-label={withKeys('to-end', 'Jump to end')} title={withKeys('to-end', 'Jump to end')}>
          <Icon name="end" />
        </button>
      </div>
      <label className="pb-speed">
        <span>Speed</span>
        <select value={speed} onChange={(e) => store.getState().setSpeed(Number(e.target.value))}>
          {SPEEDS.map((v) => (
            <option key={v} value={v}>
              {v} steps/s
            </option>
          ))}
        </select>
      </label>
      <label className="pb-stop" title="Play pauses at the step where an invariant first breaks">
        <input type="checkbox" checked={stopAtBreak} onChange={(e) => store.getState().setStopAtBreak(e.target.checked)} data-testid="stop-at-break" />{' '}
        pause at the break
      </label>
      <label className="pb-scrub">
        <span className="pb-scrub__label">Step</span>
        <input
          type="range"
          min={0}
          max={n}
          step={1}
          value={cursor}
          aria-valuetext={`step ${cursor} of ${n}: ${what}`}
          onChange={(e) => {
            const s = store.getState();
            if (s.playing) s.setPlaying(false);
            s.seek(Number(e.target.value));
          }}
        />
      </label>
      <p className="pb-counter" data-testid="step-counter" data-cursor={cursor} aria-live="polite">
        <strong>
          step {cursor} of {n}
        </strong>
        <span className="pb-counter__what">{frame ? `: ${what}` : ' (initial state)'}</span>
      </p>
      <button type="button" className="pb-legend" onClick={openLegend} aria-keyshortcuts="?" title="Legend (?)">
        <span aria-hidden="true">? </span>Legend
      </button>
    </section>
  );
}
