// Routes key presses to the action registry, except those meant for a form control
// or for a chip the keyboard is dragging (dnd-kit owns the keys then).

import { useEffect } from 'react';
import { useAppStoreApi } from '../store/react';
import { trackFocusOrigin } from './focusOrigin';
import { actionFor, isTypingTarget } from './registry';

export function useGlobalKeys(enabled: () => boolean = () => true): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target) || !enabled()) return;
      const action = actionFor(e, store.getState().mode);
      if (!action) return;
      e.preventDefault();
      action.perform(store, e);
    };
    window.addEventListener('keydown', onKey);
    const untrack = trackFocusOrigin(window);
    return () => {
      window.removeEventListener('keydown', onKey);
      untrack();
    };
  }, [store, enabled]);
}
