// The panel beside the picture: the timeline's steps (one column per thread, time going
// down) or the threads' full code, one tab each. The code is a chunk of its own, loaded
// when its tab is first chosen.

import { lazy} from 'react';
import type { Store } from '../../store';
import { useAppStore } from '../../store';
import { Timeline } from '../timeline/Timeline';
import './side.css';
import { Loaded } from '../../ui/Loaded';

const CodeView = lazy(() => import('../state-view/CodeView').then((m) => ({ default: m.CodeView })));

const selectSide = (s: Store) => s.side;
const selectSetSide = (s: Store) => s.setSide;

export function SidePanel() {
  const side = useAppStore(selectSide);
  const setSide = useAppStore(selectSetSide);
  return (
    <aside className="side" aria-label="Steps and code">
      <div className="side__tabs" role="tablist" aria-label="Show">
        <button type="button" role="tab" aria-selected={side === 'steps'} onClick={() => setSide('steps')} data-testid="tab-steps">
          Timeline
        </button>
        <button type="button" role="tab" aria-selected={side === 'code'} onClick={() => setSide('code')} data-testid="tab-code">
          Code
        </button>
      </div>
      <div className="side__body" role="tabpanel">
        {side === 'steps' ? (
          <Timeline />
        ) : (
          <Loaded what="The threads' code" fallback={null}>
            <CodeView />
          </Loaded>
        )}
      </div>
    </aside>
  );
}
