// The tour panel, while building, in the app layout (a tour plays in talk mode, whose
// screen shows the stop and its notes: talk/TalkScreen.tsx). The panel's body is a chunk
// of its own, loaded when first opened, so the first screen does not carry it.

import { lazy} from 'react';
import { selectTourPanel, useAppStore } from '../../store';
import './tours.css';
import { Loaded } from '../../ui/Loaded';

const TourPanel = lazy(() => import('./TourPanel').then((m) => ({ default: m.TourPanel })));

export function ToursLayer() {
  const open = useAppStore(selectTourPanel);
  return open ? (
    <Loaded what="The tour panel" fallback={<aside id="tour-panel" className="tour-panel sheet" aria-busy="true" aria-label="Tour" />}>
      <TourPanel />
    </Loaded>
  ) : null;
}
