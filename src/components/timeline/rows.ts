// The rows of the timeline, computed once from the run and the cursor, for the main
// view's draggable timeline and the stage's collapsed one alike. What a row marks ahead
// of the cursor depends on the view's disclosure (store/disclosure.ts): a presented run
// marks a step skipped, crashing or broken only once the run has reached it, and shades
// a race window only once it has opened.

import type { Run } from '../../engine';
import type { KernelTextTables } from '../../packs';
import type { Chip } from '../../store';
import { type Disclosure, isTold } from '../../store/disclosure';
import { callText } from '../../kernel-text/calls';
import { type StepMarks, type WindowSpan, windowText } from './marks';
import { chipId } from './preview';
import type { RowProps } from './Row';

export interface Bands {
  /** Per row: the lanes (thread numbers, space-separated) a window shades. */
  lanes: string[];
  /** Per row: the window's label on the row that opens it. */
  labels: Array<string | null>;
  /** Positions of checks that run inside a window. */
  checks: ReadonlySet<number>;
}

/** Which lanes each row shades, told as far as the disclosure allows. */
export function bandsOf(windows: readonly WindowSpan[], n: number, disclosure: Disclosure, cursor: number): Bands {
  const lanes: number[][] = Array.from({ length: n }, () => []);
  const labels: Array<string | null> = Array.from({ length: n }, () => null);
  const checks = new Set<number>();
  for (const w of windows) {
    // A presented run shows a window once the step that opens it has run.
    if (!isTold(disclosure, w.first, cursor)) continue;
    for (let p = w.first; p <= w.last; p++) lanes[p]?.push(w.def.thread);
    labels[w.first] = windowText(w, false);
    if (w.check?.inside) checks.add(w.check.position);
  }
  return { lanes: lanes.map((l) => l.join(' ')), labels, checks };
}

export interface RowInputs {
  chips: readonly Chip[];
  run: Run<unknown>;
  cursor: number;
  disclosure: Disclosure;
  marks: StepMarks;
  bands: Bands;
  tables: KernelTextTables;
  carried?: ReadonlySet<number>;
  moved?: ReadonlySet<number>;
  refusedAt?: number;
  refusal?: string | null;
  reducedMotion: boolean;
  onSeek: (position: number) => void;
  onDismiss: () => void;
}

export function rowsOf(p: RowInputs): RowProps[] {
  const n = p.chips.length;
  return p.chips.map((c): RowProps => {
    const frame = p.run.frames[c.position];
    const told = isTold(p.disclosure, c.position, p.cursor);
    return {
      id: chipId(c),
      position: c.position,
      length: n,
      thread: c.thread,
      op: c.op,
      call: callText(p.tables, c.op),
      phase: c.position === p.cursor - 1 ? 'current' : c.position < p.cursor ? 'done' : 'todo',
      broken: told && c.position === p.marks.broken ? p.marks.brokenName : null,
      crash: told && p.marks.crashes.has(c.position),
      completed: frame?.completed ?? false,
      skipped: told ? (frame?.skipped ?? null) : null,
      carried: p.carried?.has(c.position) ?? false,
      moved: p.moved?.has(c.position) ?? false,
      bands: p.bands.lanes[c.position] ?? '',
      bandLabel: p.bands.labels[c.position] ?? null,
      inWindow: told && p.bands.checks.has(c.position),
      refusal: c.position === p.refusedAt ? (p.refusal ?? null) : null,
      reducedMotion: p.reducedMotion,
      onSeek: p.onSeek,
      onDismiss: p.onDismiss,
    };
  });
}

