// One frame drawn: the step in words, the locks, and the pack's own picture of its
// kernel objects. Props only (no store), so compare mode can put two variants side by
// side. Everything shown comes from the engine's state and the events of the step.

import { useRef } from 'react';
import type { EngineState, Frame, Model } from '../../engine';
import { packOf } from '../../packs';
import { viewOf } from '../../packs/views';
import { changesOf } from '../../ui/changes';
import { LocksPanel } from './LocksPanel';
import { Narration } from './Narration';
import { useKeepChangesInView } from './useKeepChangesInView';
import './state-view.css';

export interface KernelPictureProps {
  model: Model<unknown>;
  /** The state shown (after `frame`, or the initial state). */
  state: EngineState<unknown>;
  /** The step just executed, or null at the start. */
  frame: Frame<unknown> | null;
  /** The step that runs next, or null at the end. */
  nextFrame: Frame<unknown> | null;
  /** Every step run so far, `frame` last. */
  past: readonly Frame<unknown>[];
}

export function KernelPicture({ model, state, frame, nextFrame, past }: KernelPictureProps) {
  const changes = changesOf(frame);
  const ref = useRef<HTMLElement>(null);
  useKeepChangesInView(ref, frame?.step ?? 0);
  const pack = packOf(model.scenario);
  const Picture = viewOf(pack.id)?.Picture;
  return (
    // Focusable, so a keyboard user can scroll it when it overflows (WCAG 2.1.1).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard
    <section ref={ref} className="sv-picture sv-picture--pane" data-testid="kernel-picture" data-variant={model.variant} tabIndex={0} aria-label="kernel picture">
      <Narration model={model} state={state} frame={frame} nextFrame={nextFrame} changes={changes} />
      <LocksPanel model={model} state={state} frame={frame} changes={changes} />
      {Picture ? <Picture model={model} state={state} frame={frame} nextFrame={nextFrame} past={past} changes={changes} /> : null}
    </section>
  );
}
