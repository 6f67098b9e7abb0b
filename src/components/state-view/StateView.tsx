// "See the race": the kernel state at the cursor, bound to the store. The drawing itself
// is KernelPicture, props only, so compare and talk mode draw it too; the threads' code
// is CodeView.tsx.

import { useMemo } from 'react';
import type { Store } from '../../store';
import { selectFrame, selectModel, selectNextFrame, selectState, useAppStore } from '../../store';
import { KernelPicture } from './KernelPicture';
import './state-view.css';

const selectFrames = (s: Store) => s.run.frames;
const selectCursor = (s: Store) => s.cursor;

export function usePast() {
  const frames = useAppStore(selectFrames);
  const cursor = useAppStore(selectCursor);
  return useMemo(() => frames.slice(0, cursor), [frames, cursor]);
}

export function StateView() {
  const model = useAppStore(selectModel);
  const state = useAppStore(selectState);
  const frame = useAppStore(selectFrame);
  const nextFrame = useAppStore(selectNextFrame);
  const past = usePast();
  return (
    <section className="state-view sv" aria-label="kernel state">
      <KernelPicture model={model} state={state} frame={frame} nextFrame={nextFrame} past={past} />
    </section>
  );
}
