// The explore panel's content: the variants' table, finding the race, compare mode
// and the state graph (loaded on first open; see ExplorePanel).

import { useAppStore } from '../../store';
import type { Store } from '../../store/store';
import { CompareToggle } from '../compare/CompareToggle';
import { ExploreTable } from './ExploreTable';
import { FindRace } from './FindRace';
import { StateGraphSection } from './StateGraphSection';

const selectSetOpen = (s: Store) => s.setExploreOpen;

/** `id` is the panel's id, which the Explore button controls. */
export function ExplorePanelBody({ scenario, id }: { scenario: string; id: string }) {
  const setOpen = useAppStore(selectSetOpen);
  return (
        <aside id={id} className="explore-panel sheet" aria-label="Explore every schedule" data-testid="explore-panel">
          <div className="sheet__head">
            <h2>Every schedule of {scenario}</h2>
            <button type="button" className="sheet__close" onClick={() => setOpen(false)} aria-label="Close the explore panel">
              ×
            </button>
          </div>
          <ExploreTable scenario={scenario} />
          <FindRace />
          <CompareToggle />
          <StateGraphSection />
        </aside>
  );
}
