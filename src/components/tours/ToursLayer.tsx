// The tour panel (while building, in the app layout) and, while a tour plays in talk
// mode, the stop's notes when N is on (the stop indicator sits in the stage's head,
// App.tsx). The panel's body is a chunk of its own, loaded when first opened, so the
// first screen does not carry it.

import { lazy, Suspense } from 'react';
import { selectMode, selectNotes, selectTourPanel, useAppStore } from '../../store';
import { TourStopNotes } from './TourStopIndicator';
import './tours.css';

const TourPanel = lazy(() => import('./TourPanel').then((m) => ({ default: m.TourPanel })));

export function ToursLayer() {
  const open = useAppStore(selectTourPanel);
  const mode = useAppStore(selectMode);
  const notes = useAppStore(selectNotes);
  if (mode === 'talk') return notes ? <TourStopNotes /> : null;
  return open ? (
    <Suspense fallback={<aside id="tour-panel" className="tour-panel" aria-busy="true" aria-label="Tour" />}>
      <TourPanel />
    </Suspense>
  ) : null;
}
