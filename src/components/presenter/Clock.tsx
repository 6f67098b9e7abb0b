// The elapsed time since the talk started (the stage's startedAt). Each tick reads the
// wall clock afresh rather than adding up ticks, so neither slow ticks nor re-renders
// make it drift; React skips the render when the text has not changed.

import { useEffect, useState } from 'react';
import { formatElapsed } from './clock';

const TICK_MS = 250;

export function Clock({ startedAt }: { startedAt: number | null }) {
  const [text, setText] = useState(() => (startedAt === null ? '–:––' : formatElapsed(Date.now() - startedAt)));
  useEffect(() => {
    if (startedAt === null) {
      setText('–:––');
      return;
    }
    const tick = () => setText(formatElapsed(Date.now() - startedAt));
    tick();
    const id = setInterval(tick, TICK_MS);
    return () => clearInterval(id);
  }, [startedAt]);
  return (
    <p className="pv-clock" data-testid="presenter-clock">
      <span className="pv-hidden">Elapsed time </span>
      <time>{text}</time>
    </p>
  );
}
