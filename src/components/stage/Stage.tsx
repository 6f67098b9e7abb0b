// A stage: how a run is presented, in talk mode (the projector, and the window a
// presenter drives) and in an embed. Not a scaled canvas: the type is sized to the
// screen (stage.css: at least 16 px on a 1024x768 projector, 24 px at 1080p), and the
// stage shows less, larger: the step in words, the locks on one line, the objects the
// step touches drawn big with the rest folded, and the commit message's two columns
// around the current step. A presented run tells nothing ahead (store/disclosure.ts):
// the verdict appears when the run reaches the break, or the end of a safe run.

import type { ReactNode } from 'react';
import { findVariant } from '../../packs';
import type { Store } from '../../store';
import { selectCompare, selectFrame, selectModel, selectState, useAppStore } from '../../store';
import { selectDisclosure, toldOutcome } from '../../store/disclosure';
import { changesOf } from '../../ui/changes';
import { Verdict } from '../header/Verdict';
import { StageCompare } from './StageCompare';
import { StageLocks } from './StageLocks';
import { StagePicture } from './StagePicture';
import { StageStep } from './StageStep';
import { StageTimeline, stageRows } from './StageTimeline';
import { useViewport } from './useViewport';
import './stage.css';

export type StageKind = 'talk' | 'embed';

const selectRun = (s: Store) => s.run;
const selectCursor = (s: Store) => s.cursor;
const selectLength = (s: Store) => s.schedule.length;

export function Stage({ kind, head, aside }: { kind: StageKind; head?: ReactNode; aside?: ReactNode }) {
  const vp = useViewport();
  const model = useAppStore(selectModel);
  const state = useAppStore(selectState);
  const frame = useAppStore(selectFrame);
  const run = useAppStore(selectRun);
  const cursor = useAppStore(selectCursor);
  const n = useAppStore(selectLength);
  // An embed is too small for two pictures: it shows one, and its variant switch flips bug and fix.
  const compare = useAppStore(selectCompare);
  const both = compare.on && kind === 'talk';
  const disclosure = useAppStore(selectDisclosure);
  const told = toldOutcome(disclosure, run, cursor);
  const changes = changesOf(frame);
  const variant = findVariant(model.scenario, model.variant);
  return (
    <div className="stage-viewport" data-testid="stage-viewport">
      <div
        className={`stage stage--${kind}`}
        data-testid="stage"
        data-scenario={model.scenario}
        data-variant={model.variant}
        data-compare={both ? 'true' : undefined}
      >
        <header className="st-head">
          {both ? (
            <p className="st-head__title">
              <span className="st-head__scenario">{model.scenario}</span> <code>{compare.left}</code> and <code>{compare.right}</code>{' '}
              <span className="st-head__name">on the same interleaving</span>
            </p>
          ) : (
            <p className="st-head__title">
              <span className="st-head__scenario">{model.scenario}</span> <code className="st-head__variant">{model.variant}</code>{' '}
              {kind === 'talk' ? <span className="st-head__name">{variant?.name}</span> : null}{' '}
              {variant?.inferred ? <em className="tag tag--inferred">inferred</em> : null}
            </p>
          )}
          {told ? (
            <p className="st-head__verdict">
              {/* Side by side, the head's verdict is the main view's variant's; each side carries its own. */}
              {both ? <code>{model.variant}:</code> : null} <Verdict />
            </p>
          ) : (
            <p className="st-head__pending" data-testid="verdict-pending">
              step {cursor} of {n}
            </p>
          )}
          {head}
        </header>
        {/* Bug and fix: each side says what its own run did at this step. */}
        <StageStep model={model} state={state} frame={frame} changes={changes} heading={both} />
        <StageLocks model={model} state={state} frame={frame} changes={changes} />
        <div className="st-body">
          {both ? <StageCompare left={compare.left} right={compare.right} /> : <StagePicture model={model} run={run} cursor={cursor} />}
          {aside}
          {/* An embed is wide and short: its steps go beside the picture, a lane's indent apart. */}
          {kind === 'embed' ? <StageTimeline rows={stageRows(kind, vp.w, vp.h)} side /> : null}
        </div>
        {kind === 'embed' ? null : <StageTimeline rows={both ? 3 : stageRows(kind, vp.w, vp.h)} />}
      </div>
    </div>
  );
}
