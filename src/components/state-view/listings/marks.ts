// Where each thread is in the source listings (a pack's SourceListing lines name their
// steps as `fn:op`): its current step (the next one it runs; where it died if it
// oopsed), the step it ran last and whether that was skipped. Pure: read from the
// engine state and the frames already run, never worked out from kernel state.

import type { EngineState, Frame, Model, StepDef, Tid } from '../../../engine';
import type { ListingLine, SourceListing } from '../../../packs';

type K = unknown;

/** The key a listing line names a step by. */
export const stepKey = (def: Pick<StepDef<K>, 'fn' | 'op'>): string => `${def.fn}:${def.op}`;

export interface ThreadAt {
  tid: Tid;
  /** The step the thread is at: the next it runs, or the one it died in; null when finished. */
  current: StepDef<K> | null;
  /** Its step just before, with its skip reason if that branch was not taken. */
  last: { def: StepDef<K>; step: number; skipped: string | null } | null;
  died: boolean;
}

export function threadsAt(model: Model<K>, state: EngineState<K>, past: readonly Frame<K>[]): ThreadAt[] {
  return model.threads.map((program) => {
    const tid = program.tid;
    const t = state.threads[tid - 1];
    let lastFrame: Frame<K> | null = null;
    for (const f of past) if (f.thread === tid) lastFrame = f;
    const last = lastFrame ? { def: lastFrame.def, step: lastFrame.step, skipped: lastFrame.skipped ?? null } : null;
    const died = t?.status === 'oops';
    const current = t && t.status !== 'done' && !died ? (program.steps[t.pc] ?? null) : died && last ? last.def : null;
    return { tid, current, last, died };
  });
}

/** The threads whose current step runs this line, lowest first. */
export function threadsOnLine(line: ListingLine, at: readonly ThreadAt[]): Tid[] {
  if (!line.steps?.length) return [];
  return at.filter((a) => a.current !== null && line.steps?.includes(stepKey(a.current))).map((a) => a.tid);
}

/**
 * A row of a listing: the lines one run of steps owns (consecutive lines with the same
 * steps: `first`..`last`, numbers where known), or the lines elided before them.
 */
export type ListingRow =
  | { kind: 'line'; line: ListingLine; first: number | null; last: number | null; index: number }
  | { kind: 'gap'; count: number | null; key: string };

const sameSteps = (a: ListingLine, b: ListingLine) => a.steps.length === b.steps.length && a.steps.every((k, i) => k === b.steps[i]);

/**
 * The listing as rows: the lines in order, the lines a step owns one after the other
 * folded into one row, with an elision before each row that does not follow the one
 * before it. The count is the gap between the two numbers when both are known, else
 * null (an elision of unknown length) unless the line says it follows.
 */
export function listingRows(listing: Pick<SourceListing, 'lines'>): ListingRow[] {
  const rows: ListingRow[] = [];
  let prev: ListingLine | undefined;
  listing.lines.forEach((line, index) => {
    const adjacent = prev && (prev.n !== null && line.n !== null ? line.n === prev.n + 1 : !!line.follows);
    const last = rows[rows.length - 1];
    if (prev && adjacent && last?.kind === 'line' && sameSteps(prev, line)) {
      last.last = line.n;
    } else {
      if (prev && !adjacent) rows.push({ kind: 'gap', count: prev.n !== null && line.n !== null ? line.n - prev.n - 1 : null, key: `gap${index}` });
      rows.push({ kind: 'line', line, first: line.n, last: line.n, index });
    }
    prev = line;
  });
  return rows;
}

/** The pseudo-C of the step a listing line names (`fn:op`), the model's own words for what it does. */
export function codeOf(model: Model<K>, key: string): readonly string[] {
  for (const program of model.threads) for (const step of program.steps) if (stepKey(step) === key) return step.code;
  return [];
}
