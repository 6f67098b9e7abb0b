// The kernel state of one frame, drawn: props only (no store), so a compare mode can
// put two variants side by side. Everything shown comes from the engine's state and
// the events of the step just executed.

import type { EngineState, Frame, Model } from '../../../engine';
import type { BtrfsKernel } from '../../../scenarios';
import { VARIANT_INFO } from '../../../scenarios';
import { hex } from '../../../scenarios/btrfs/geometry';
import type { Variant } from '../../../scenarios/btrfs/state';
import { useRef } from 'react';
import { changesOf } from '../changes';
import { LocksPanel } from './LocksPanel';
import { Narration } from './Narration';
import { PageSectors } from './PageSectors';
import { PageStruct } from './PageStruct';
import { RadixView } from './RadixView';
import { useKeepChangesInView } from './useKeepChangesInView';
import '../state-view.css';

type K = BtrfsKernel;

export interface PictureProps {
  model: Model<K>;
  /** The state shown (after `frame`, or the initial state). */
  state: EngineState<K>;
  /** The step just executed, or null at the start. */
  frame: Frame<K> | null;
  /** The step that runs next, or null at the end. */
  nextFrame: Frame<K> | null;
}

export function VariantLabel({ variant }: { variant: string }) {
  const info = VARIANT_INFO[variant as Variant];
  if (!info) return <code>{variant}</code>;
  return (
    <span className="sv-variant" title={info.status}>
      <code>{info.id}</code> {info.name}
      {info.inferred ? (
        <em className="tag tag--inferred" title={info.status}>
          inferred
        </em>
      ) : null}
    </span>
  );
}

export function KernelPicture({ model, state, frame, nextFrame }: PictureProps) {
  const changes = changesOf(frame);
  const k = state.kernel;
  const ref = useRef<HTMLElement>(null);
  useKeepChangesInView(ref, frame?.step ?? 0);
  return (
    // Focusable, so a keyboard user can scroll it when it overflows (WCAG 2.1.1).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard
    <section ref={ref} className="sv-picture" data-testid="kernel-picture" data-variant={model.variant} tabIndex={0} aria-label="kernel picture">
      <Narration scenario={model.scenario} state={state} frame={frame} nextFrame={nextFrame} changes={changes} />
      <LocksPanel model={model} state={state} frame={frame} changes={changes} />
      <section className="sv-box sv-pagebox" aria-label="page P">
        <h3 className="sv-box__title">
          page P <span className="sv-muted">
            bytenr {hex(k.page.start)}, 64K = 16 sectors of 4K, extent buffers of 16K
          </span>
          <span className="sv-picture__variant">
            <VariantLabel variant={model.variant} />
          </span>
        </h3>
        <PageSectors model={model} kernel={k} changes={changes} />
      </section>
      <PageStruct state={state} changes={changes} />
      <RadixView kernel={k} changes={changes} />
    </section>
  );
}
