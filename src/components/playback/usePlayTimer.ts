// The play timer: while the store says playing, advance the cursor at store.speed
// steps per second and stop at the end, or at the step where an invariant first breaks
// (unless stopAtBreak is off), so the moment of the race is never played past. The timer
// lives here, in the component, so the store stays free of time.

import { useEffect } from 'react';
import { selectPlaying, selectSpeed, useAppStore, useAppStoreApi } from '../../store';

export function usePlayTimer(): void {
  const store = useAppStoreApi();
  const playing = useAppStore(selectPlaying);
  const speed = useAppStore(selectSpeed);
  useEffect(() => {
    if (!playing) return;
    const id = window.setInterval(() => {
      const s = store.getState();
      if (s.cursor >= s.schedule.length) s.setPlaying(false);
      else {
        s.stepForward();
        const now = store.getState();
        const o = now.run.outcome;
        const atBreak = now.stopAtBreak && o.verdict === 'bug' && now.cursor === o.step;
        if (now.cursor >= now.schedule.length || atBreak) now.setPlaying(false);
      }
    }, 1000 / speed);
    return () => window.clearInterval(id);
  }, [store, playing, speed]);
}
