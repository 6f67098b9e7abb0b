// The legend: what each panel shows, how to drag a step, and every key (listed from
// the action registry, so it cannot drift from what the keys do). One click away
// ("? Legend" in the playback bar, or the "?" key). It never opens by itself: a first
// visit gets the one-line IntroStrip instead, which points here.

import { lazy, useCallback, useEffect, useId, useRef, useState } from 'react';
import { LEGEND_EVENT } from '../../actions/registry';
import { onSignal } from '../../actions/signals';
import { useAppStoreApi } from '../../store/react';
import { useModalDialog } from '../useModalDialog';
import './legend.css';
import { Loaded } from '../../ui/Loaded';

const LegendBody = lazy(() => import('./LegendBody').then((m) => ({ default: m.LegendBody })));

export function Legend() {
  const store = useAppStoreApi();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const onOpen = () => {
      opener.current = document.activeElement;
      setOpen(true);
    };
    return onSignal(store, LEGEND_EVENT, onOpen);
  }, [store]);

  useModalDialog(ref, open);

  const close = useCallback(() => {
    setOpen(false);
    const back = opener.current;
    if (back instanceof HTMLElement) back.focus();
  }, []);

  return (
    <dialog
      ref={ref}
      className="legend"
      aria-labelledby={titleId}
      data-testid="legend"
      onClose={() => open && close()}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      {/* The content exists only while the legend is open, in a chunk of its own. */}
      {open ? (
        <Loaded what="The legend" fallback={null}>
          <LegendBody close={close} titleId={titleId} />
        </Loaded>
      ) : null}
    </dialog>
  );
}
