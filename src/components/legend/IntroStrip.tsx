// A first visit's one line: what this is, and how to start. No dialog over the picture;
// the legend is behind "?". Never on a link that names a step, in talk mode or embedded
// (the store decides at start-up: ViewSlice.intro).

import { useEffect } from 'react';
import type { Store } from '../../store';
import { useAppStore } from '../../store';
import { markIntroSeen, useOpenLegend } from './openLegend';

const selectIntro = (s: Store) => s.intro;
const selectSetIntro = (s: Store) => s.setIntro;

export function IntroStrip() {
  const intro = useAppStore(selectIntro);
  const setIntro = useAppStore(selectSetIntro);
  const openLegend = useOpenLegend();
  useEffect(() => {
    if (intro) markIntroSeen();
  }, [intro]);
  if (!intro) return null;
  return (
    <p className="intro-strip" data-testid="intro-strip">
      <span>
        A real btrfs race, step by step: T1 allocates an extent buffer in a 64K page while T2 frees the last one there, and{' '}
        <code>page-&gt;private</code> is detached under T1's feet. Press <kbd>Space</kbd> to play, drag a step to reorder.
      </span>
      <button type="button" className="linklike" onClick={openLegend}>
        <kbd>?</kbd> How to read this
      </button>
      <button type="button" className="intro-strip__close" onClick={() => setIntro(false)} aria-label="Dismiss the introduction">
        ×
      </button>
    </p>
  );
}
