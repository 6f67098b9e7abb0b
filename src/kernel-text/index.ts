// Kernel-style text: export an interleaving as the two-column diagram of the v4
// commit message, and import such a diagram back into a schedule.

import type { Model } from '../engine';
import { buildSchedule, type ImportResult } from './build';
import { parseDiagram } from './parse';

export { exportDiagram, diagramRows } from './export';
export { threadLabel } from './calls';
export type { ExportOptions } from './export';
export { parseDiagram, nameOf } from './parse';
export type { DiagramLine, ParsedDiagram } from './parse';
export { buildSchedule, matchDiagram, orderNamed } from './build';
export type { ImportProblem, ImportResult, NamedStep } from './build';
export { MAX_PROBLEMS } from './problems';

/**
 * The longest text the import reads, in UTF-16 code units (a JavaScript string's
 * length: one per character of the ASCII a diagram is written in, so 256 KB of it).
 * The v4 diagram is about 1 KB and an export of the longest schedule a few KB; the cap
 * keeps a stray paste (a whole mailbox, a log) from holding up the page.
 */
export const MAX_IMPORT_LENGTH = 256 * 1024;

/** 262144 -> "262,144" (toLocaleString would first load locale data: tens of ms in Node). */
function thousands(n: number): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i];
  return out;
}

/** 1573164 -> "1,536.3 KB". */
function kb(n: number): string {
  const tenths = Math.round((n * 10) / 1024);
  return `${thousands(Math.floor(tenths / 10))}${tenths % 10 ? `.${tenths % 10}` : ''} KB`;
}

/** Pasted text -> the schedule it describes in `model`, with every unmatched line reported. */
export function importDiagram<K>(model: Model<K>, text: string): ImportResult {
  if (text.length > MAX_IMPORT_LENGTH) {
    return {
      ok: false,
      message: `the text is ${kb(text.length)} (${thousands(text.length)} characters); the import reads at most ${kb(MAX_IMPORT_LENGTH)} (${thousands(MAX_IMPORT_LENGTH)} characters). Paste only the diagram.`,
      problems: [],
      problemCount: 0,
    };
  }
  const parsed = parseDiagram(text);
  if ('error' in parsed) return { ok: false, message: parsed.error, problems: [], problemCount: 0 };
  return buildSchedule(model, parsed);
}
