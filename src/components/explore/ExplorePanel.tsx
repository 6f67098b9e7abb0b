// The explore panel: a side panel opened by the "Explore" button. The explorer runs
// in a Web Worker (src/worker), so opening the panel costs one small render; a slow
// exploration shows progress and can be cancelled.

import { useEffect } from 'react';
import { useStore } from 'zustand';
import { selectScenario, useAppStore } from '../../store';
import { CompareToggle } from '../compare/CompareToggle';
import { exploreScenario, exploreUi, setOpen } from './explorer';
import { ExploreTable } from './ExploreTable';
import { FindRace } from './FindRace';
import { StateGraphSection } from './StateGraphSection';
import './explore.css';

const selectOpen = (s: { open: boolean }) => s.open;

export function ExplorePanel() {
  const open = useStore(exploreUi, selectOpen);
  const scenario = useAppStore(selectScenario);
  useEffect(() => {
    if (open) exploreScenario(scenario);
  }, [open, scenario]);
  return (
    <>
      <button
        type="button"
        className="explore-toggle"
        aria-expanded={open}
        aria-controls="explore-panel"
        data-testid="explore-open"
        onClick={() => setOpen(!open)}
      >
        Explore
      </button>
      {open ? (
        <aside id="explore-panel" className="explore-panel" aria-label="Explore every schedule" data-testid="explore-panel">
          <div className="explore-panel__head">
            <h2>Every schedule of {scenario}</h2>
            <button type="button" className="explore-panel__close" onClick={() => setOpen(false)} aria-label="Close the explore panel">
              ×
            </button>
          </div>
          <ExploreTable scenario={scenario} />
          <FindRace />
          <CompareToggle />
          <StateGraphSection />
        </aside>
      ) : null}
    </>
  );
}
