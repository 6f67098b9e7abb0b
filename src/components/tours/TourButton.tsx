// The share bar's "Tour" button: opens and closes the tour panel.

import { selectTourPanel, useAppStore } from '../../store';
import type { Store } from '../../store/store';
import { useInstanceId } from '../Instance';
import { TOUR_PANEL_ID } from './ToursLayer';

const selectSetTourPanel = (s: Store) => s.setTourPanel;

export function TourButton() {
  const open = useAppStore(selectTourPanel);
  const setOpen = useAppStore(selectSetTourPanel);
  const panelId = useInstanceId(TOUR_PANEL_ID);
  return (
    <button
      type="button"
      data-testid="tour-open"
      aria-expanded={open}
      aria-controls={panelId}
      onClick={() => setOpen(!open)}
      title="Build a tour of views for a talk, save it, play it"
    >
      Tour
    </button>
  );
}
