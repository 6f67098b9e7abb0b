// A first visit's one line: what this is, and how to start. No dialog over the picture;
// the legend is behind "?". Never on a link that names a step, in talk mode or embedded
// (the store decides at start-up: ViewSlice.intro).

import { useEffect } from 'react';
import type { Store } from '../../store';
import { useAppStore } from '../../store';
import { scenarioOf } from '../../packs';
import { markIntroSeen, useOpenLegend } from './openLegend';

const selectIntro = (s: Store) => s.intro;
const selectSetIntro = (s: Store) => s.setIntro;
const selectScenario = (s: Store) => s.scenario;

export function IntroStrip() {
  const intro = useAppStore(selectIntro);
  const setIntro = useAppStore(selectSetIntro);
  // Each scenario tells its own story (its pack's blurb), not the first one's.
  const scenario = scenarioOf(useAppStore(selectScenario));
  const openLegend = useOpenLegend();
  useEffect(() => {
    if (intro) markIntroSeen();
  }, [intro]);
  if (!intro) return null;
  return (
    <p className="intro-strip" data-testid="intro-strip">
      <span>
        A real kernel race, step by step ({scenario.pack.title}): {scenario.blurb} Press <kbd>Space</kbd> to play, drag a step to reorder.
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
