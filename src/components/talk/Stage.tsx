// Talk mode's stage (and an embed's): a fixed canvas, 16:9 (4:3 on a 4:3 screen),
// scaled as a whole to the window, so nothing is cut and nothing scrolls on any
// projector. Always on it: the step in words, the locks, the picture with its pointer
// chain, and a timeline whose steps show their call names. With spoilers off (talk
// mode's default) the verdict appears only once the cursor reaches the break.

import { type CSSProperties, useEffect, useMemo, useState } from 'react';
import { findVariant, packOf, scenarioOf } from '../../packs';
import { viewOf } from '../../packs/views';
import type { Store } from '../../store';
import { selectFrame, selectModel, selectNextFrame, selectState, useAppStore } from '../../store';
import { changesOf } from '../../ui/changes';
import { Verdict } from '../header/Verdict';
import { LocksPanel, Narration } from '../state-view';
import { Timeline } from '../timeline/Timeline';
import './stage.css';

export type StageKind = 'talk' | 'embed';

/** The canvas in CSS pixels: a talk's is 1920 wide (scale 1 on a 1080p projector). */
export function stageSize(kind: StageKind, vw: number, vh: number): { w: number; h: number } {
  if (kind === 'embed') return { w: 1280, h: 720 };
  return vw / vh < 1.55 ? { w: 1440, h: 1080 } : { w: 1920, h: 1080 };
}

function useViewport() {
  const [v, setV] = useState(() => ({ w: window.innerWidth, h: window.innerHeight }));
  useEffect(() => {
    const on = () => setV({ w: window.innerWidth, h: window.innerHeight });
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return v;
}

const selectFrames = (s: Store) => s.run.frames;
const selectCursor = (s: Store) => s.cursor;
const selectSpoilers = (s: Store) => s.spoilers;
const selectOutcome = (s: Store) => s.run.outcome;
const selectLength = (s: Store) => s.schedule.length;

export function Stage({ kind, head }: { kind: StageKind; head?: React.ReactNode }) {
  const vp = useViewport();
  const size = stageSize(kind, vp.w, vp.h);
  const scale = Math.min(vp.w / size.w, vp.h / size.h);
  const model = useAppStore(selectModel);
  const state = useAppStore(selectState);
  const frame = useAppStore(selectFrame);
  const nextFrame = useAppStore(selectNextFrame);
  const frames = useAppStore(selectFrames);
  const cursor = useAppStore(selectCursor);
  const outcome = useAppStore(selectOutcome);
  const n = useAppStore(selectLength);
  const spoilersOn = useAppStore(selectSpoilers);
  const spoilers = kind === 'embed' || spoilersOn;
  const past = useMemo(() => frames.slice(0, cursor), [frames, cursor]);
  const changes = changesOf(frame);
  const Picture = viewOf(packOf(model.scenario).id)?.Picture;
  const variant = findVariant(model.scenario, model.variant);
  // The verdict is the end of the story: shown once the run gets there.
  const reached = outcome.verdict === 'bug' ? cursor >= outcome.step : cursor >= n;
  const style = {
    width: size.w,
    height: size.h,
    transform: `translate(${(vp.w - size.w * scale) / 2}px, ${(vp.h - size.h * scale) / 2}px) scale(${scale})`,
  } as CSSProperties;
  return (
    <div className="stage-viewport" data-testid="stage-viewport">
      <div
        className={`stage stage--${kind}`}
        style={style}
        data-testid="stage"
        data-scale={scale.toFixed(4)}
        data-aspect={size.w / size.h < 1.5 ? '4:3' : '16:9'}
      >
        <header className="stage__head">
          <p className="stage__title">
            <span className="stage__scenario">{scenarioOf(model.scenario).id}</span>{' '}
            <code className="stage__variant">{model.variant}</code> <span className="stage__variant-name">{variant?.name}</span>
            {variant?.inferred ? <em className="tag tag--inferred">inferred</em> : null}
          </p>
          {spoilers || reached ? (
            <Verdict />
          ) : (
            <p className="stage__pending" data-testid="verdict-pending">
              step {cursor} of {n}
            </p>
          )}
          {head}
        </header>
        <div className="stage__narration">
          <Narration model={model} state={state} frame={frame} nextFrame={nextFrame} changes={changes} />
        </div>
        <LocksPanel model={model} state={state} frame={frame} changes={changes} />
        <div className="stage__body">
          <section className="stage__picture sv-picture" data-testid="kernel-picture" aria-label="kernel picture">
            {Picture ? <Picture model={model} state={state} frame={frame} nextFrame={nextFrame} past={past} changes={changes} /> : null}
          </section>
          <div className="stage__timeline">
            <Timeline stage spoilers={spoilers} />
          </div>
        </div>
      </div>
    </div>
  );
}
