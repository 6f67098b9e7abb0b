// The explore panel: a side panel opened by the "Explore" button. The explorer runs
// in a Web Worker (src/worker), so opening the panel costs one small render; a slow
// exploration shows progress and can be cancelled. The panel's body is its own chunk,
// loaded when first opened, so the first screen does not carry it.

import { lazy, useEffect, useId } from 'react';
import { selectScenario, useAppStore } from '../../store';
import type { Store } from '../../store/store';
import './explore.css';
import { Loaded } from '../../ui/Loaded';

const ExplorePanelBody = lazy(() => import('./ExplorePanelBody').then((m) => ({ default: m.ExplorePanelBody })));

const selectOpen = (s: Store) => s.explore.open;
const selectSetOpen = (s: Store) => s.setExploreOpen;
const selectExploreScenario = (s: Store) => s.exploreScenario;

export function ExplorePanel() {
  const open = useAppStore(selectOpen);
  const setOpen = useAppStore(selectSetOpen);
  const exploreScenario = useAppStore(selectExploreScenario);
  const scenario = useAppStore(selectScenario);
  const panelId = useId();
  useEffect(() => {
    if (open) exploreScenario(scenario);
  }, [open, scenario, exploreScenario]);
  return (
    <>
      <button
        type="button"
        className="explore-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        data-testid="explore-open"
        onClick={() => setOpen(!open)}
      >
        Explore
      </button>
      {open ? (
        <Loaded what="The explore panel" fallback={<aside id={panelId} className="explore-panel sheet" aria-busy="true" aria-label="Explore every schedule" />}>
          <ExplorePanelBody scenario={scenario} id={panelId} />
        </Loaded>
      ) : null}
    </>
  );
}
