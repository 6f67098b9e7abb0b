// "See the race": the kernel state at the cursor and the threads' code, bound to the
// store. The drawing itself is KernelPicture and ThreadPanels (props only).

import { useMemo } from 'react';
import { selectFrame, selectModel, selectNextFrame, selectState, useAppStore } from '../../store';
import type { Store } from '../../store';
import { KernelPicture } from './KernelPicture';
import { ThreadPanels } from './threads/ThreadPanel';
import './state-view.css';

const selectFrames = (s: Store) => s.run.frames;
const selectCursor = (s: Store) => s.cursor;

export function StateView() {
  const model = useAppStore(selectModel);
  const state = useAppStore(selectState);
  const frame = useAppStore(selectFrame);
  const nextFrame = useAppStore(selectNextFrame);
  const frames = useAppStore(selectFrames);
  const cursor = useAppStore(selectCursor);
  const past = useMemo(() => frames.slice(0, cursor), [frames, cursor]);
  return (
    <section className="state-view sv" aria-label="kernel state">
      <KernelPicture model={model} state={state} frame={frame} nextFrame={nextFrame} />
      <ThreadPanels model={model} state={state} frame={frame} past={past} />
    </section>
  );
}
