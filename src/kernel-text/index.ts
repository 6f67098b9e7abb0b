// Kernel-style text: export an interleaving as the two-column diagram of the v4
// commit message, and import such a diagram back into a schedule.

import type { Model } from '../engine';
import { buildSchedule, type ImportResult } from './build';
import { parseDiagram } from './parse';

export { exportDiagram, diagramRows, threadLabel } from './export';
export type { ExportOptions } from './export';
export { parseDiagram, nameOf } from './parse';
export type { DiagramLine, ParsedDiagram } from './parse';
export { buildSchedule, matchDiagram, orderNamed } from './build';
export type { ImportProblem, ImportResult, NamedStep } from './build';
export { MAX_PROBLEMS } from './problems';

/** Pasted text -> the schedule it describes in `model`, with every unmatched line reported. */
export function importDiagram<K>(model: Model<K>, text: string): ImportResult {
  const parsed = parseDiagram(text);
  if ('error' in parsed) return { ok: false, message: parsed.error, problems: [], problemCount: 0 };
  return buildSchedule(model, parsed);
}
