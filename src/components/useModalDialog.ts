// Keeps a <dialog> element's modal state in step with a React `open` flag. The
// fallbacks are for environments without showModal()/close() (jsdom).

import { type RefObject, useEffect } from 'react';

export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, open: boolean): void {
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    } else if (!open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [ref, open]);
}
