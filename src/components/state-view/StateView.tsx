// "See the race": the kernel state at the cursor and the threads' code, bound to the
// store. The drawing itself is KernelPicture and ThreadPanels (props only).

import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { selectFrame, selectModel, selectNextFrame, selectState, useAppStore } from '../../store';
import type { Store } from '../../store/store';
import { KernelPicture } from './picture/KernelPicture';
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

/**
 * Kept for callers that wrap the picture: the animated leaves now bring their own
 * framer-motion providers from a lazily loaded chunk (motion/anim.tsx), which also
 * honour prefers-reduced-motion, so this only renders its children.
 */
export function MotionProvider({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
