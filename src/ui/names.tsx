// The per-thread marker (colour AND a shape AND the text "Tn", so colour is never the
// only cue) and the "changed in this step" mark, for the shell and every pack's picture.
// Any number of threads: the palette repeats its colours with new shapes past six.

import type { CSSProperties } from 'react';
import type { Tid } from '../engine';
import './kit.css';

const SHAPES = ['●', '▲', '■', '◆', '★', '✚'] as const;
const COLOURS = 6;

export const threadShape = (tid: Tid): string => SHAPES[(tid - 1) % SHAPES.length] ?? '◆';

/** The thread's colour token (--t1 .. --t6), repeating past six threads. */
export const threadColour = (tid: Tid): string => `var(--t${((tid - 1) % COLOURS) + 1})`;

/** Sets --tc, the colour the thread's tags, borders and marks use inside the element. */
export const threadStyle = (tid: Tid): CSSProperties => ({ '--tc': threadColour(tid) }) as CSSProperties;

/** "● T1" in T1's colour; the shape is decorative, the text carries the meaning. */
export function ThreadTag({ tid, className }: { tid: Tid; className?: string }) {
  return (
    <span className={`sv-tid${className ? ` ${className}` : ''}`} style={threadStyle(tid)}>
      <span aria-hidden="true">{threadShape(tid)}</span>T{tid}
    </span>
  );
}

/** The "changed in this step" marker: an outline plus this word, never colour alone. */
export function ChangedMark() {
  return <span className="sv-chg-mark">changed</span>;
}
