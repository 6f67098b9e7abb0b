// The reason a drop was refused, anchored where the user dropped. The order did not
// change; this says why, next to the place the user aimed at.

import { useEffect } from 'react';

/** "Refused: step 10: T2 cannot run ..." reads as "In the new order, at step 10: T2 cannot run ...". */
export function explain(message: string): string {
  const m = /^(?:Refused: )?step (\d+): (.*)$/s.exec(message);
  return m ? `In the new order, at step ${m[1]}: ${m[2]}` : message.replace(/^Refused: /, '');
}

export function RefusedCallout({
  message,
  position,
  length,
  onDismiss,
}: {
  message: string;
  position: number;
  length: number;
  onDismiss: () => void;
}) {
  // Escape anywhere closes it (a keyboard drop leaves focus on the dragged chip).
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) onDismiss();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onDismiss]);
  // Open toward the middle of the timeline so the callout stays on screen.
  const side = position < length / 2 ? 'start' : 'end';
  return (
    <div className={`tl-callout tl-callout--${side}`} role="alert" data-testid="refused">
      <p className="tl-callout__title">
        Not moved: the drop at step {position + 1} was refused
      </p>
      <p className="tl-callout__message">{explain(message)}</p>
      <button type="button" className="tl-callout__close" onClick={onDismiss}>
        Dismiss <kbd>Esc</kbd>
      </button>
    </div>
  );
}
