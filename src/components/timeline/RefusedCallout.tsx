// Why a drop moved nothing, anchored at the row the user dropped on. The order did not
// change; this says why, next to the place the user aimed at.

import { useEffect } from 'react';
import { ownsKey } from '../../actions/instances';
import { useInstanceRoot } from '../Instance';

export function RefusedCallout({ message, position, onDismiss }: { message: string; position: number; onDismiss: () => void }) {
  // Escape anywhere in its app closes it (a keyboard drop leaves focus on the dragged
  // step); not an Escape meant for another app on the page (src/actions/instances.ts).
  const root = useInstanceRoot();
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (root.current && !ownsKey(root.current, e.target)) return;
      onDismiss();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onDismiss, root]);
  return (
    <div className="tl-callout" role="alert" data-testid="refused">
      <p className="tl-callout__title">Not moved: nothing could take the drop at step {position + 1}</p>
      <p className="tl-callout__message">{message.replace(/^Not moved: /, '')}</p>
      <button type="button" className="tl-callout__close" onClick={onDismiss}>
        Dismiss <kbd>Esc</kbd>
      </button>
    </div>
  );
}
