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

/** A row of a listing: a shown line, or the elided lines before it. */
export type ListingRow = { kind: 'line'; line: ListingLine; index: number } | { kind: 'gap'; count: number | null; key: string };

/**
 * The listing as rows: its lines in order, with an elision before each line that does
 * not follow the one before it. The count is the gap between the two numbers when both
 * are known, else null (an elision of unknown length) unless the line says it follows.
 */
export function listingRows(listing: Pick<SourceListing, 'lines'>): ListingRow[] {
  const rows: ListingRow[] = [];
  listing.lines.forEach((line, index) => {
    const prev = index > 0 ? listing.lines[index - 1] : undefined;
    if (prev) {
      if (prev.n !== null && line.n !== null) {
        if (line.n > prev.n + 1) rows.push({ kind: 'gap', count: line.n - prev.n - 1, key: `gap${index}` });
      } else if (!line.follows) {
        rows.push({ kind: 'gap', count: null, key: `gap${index}` });
      }
    }
    rows.push({ kind: 'line', line, index });
  });
  return rows;
}
