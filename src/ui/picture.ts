// What the shell hands a pack's picture: one frame of one run, and what it changed.
// Props only, so compare mode and talk mode draw the same picture twice or larger.

import type { EngineState, Frame, Model } from '../engine';
import type { Changes } from './changes';

export interface PictureProps {
  model: Model<unknown>;
  /** The state shown (after `frame`, or the initial state). */
  state: EngineState<unknown>;
  /** The step just executed, or null at the start. */
  frame: Frame<unknown> | null;
  /** The step that runs next, or null at the end. */
  nextFrame: Frame<unknown> | null;
  /** Every step run so far, `frame` last (a picture may show what a past step did). */
  past: readonly Frame<unknown>[];
  changes: Changes;
  /**
   * `full` (the default): the whole picture, as the main view and compare mode draw it.
   * `stage`: compact, for a projector or two pictures side by side: what the step touches
   * drawn whole, the rest folded, sized in em by whoever sets the type.
   */
  presentation?: 'full' | 'stage';
}
