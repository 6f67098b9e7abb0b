// Routes key presses to the action registry, except those meant for a form control,
// for a chip the keyboard is dragging (dnd-kit owns the keys then), or for another app
// instance on the same page (instances.ts: the one with the focus, or the one used last
// when the key is aimed at the page itself).

import { type RefObject, useEffect } from 'react';
import { useAppStoreApi } from '../store/react';
import { trackFocusOrigin } from './focusOrigin';
import { ownsKey } from './instances';
import { actionFor, isTypingTarget } from './registry';

/** `root` is the instance's outermost element (components/Instance.tsx); until it is mounted, no key is taken. */
export function useGlobalKeys(root: RefObject<Element | null>, enabled: () => boolean = () => true): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = root.current;
      if (!el || !ownsKey(el, e.target)) return;
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
  }, [store, enabled, root]);
}
