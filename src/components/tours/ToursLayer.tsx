// The tour panel, while building, in the app layout (a tour plays in talk mode, whose
// screen shows the stop and its notes: talk/TalkScreen.tsx). The panel's body is a chunk
// of its own, loaded when first opened, so the first screen does not carry it.

import { lazy} from 'react';
import { selectTourPanel, useAppStore } from '../../store';
import { useInstanceId } from '../Instance';
import './tours.css';
import { Loaded } from '../../ui/Loaded';

/** The panel's id in its instance (Instance.tsx adds the prefix): the Tour button controls it. */
export const TOUR_PANEL_ID = 'tour-panel';

const TourPanel = lazy(() => import('./TourPanel').then((m) => ({ default: m.TourPanel })));

export function ToursLayer() {
  const open = useAppStore(selectTourPanel);
  const id = useInstanceId(TOUR_PANEL_ID);
  return open ? (
    <Loaded what="The tour panel" fallback={<aside id={id} className="tour-panel sheet" aria-busy="true" aria-label="Tour" />}>
      <TourPanel id={id} />
    </Loaded>
  ) : null;
}
