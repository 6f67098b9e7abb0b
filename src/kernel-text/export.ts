// Export an interleaving as a plain-text diagram in the style of Qu Wenruo's v4 commit
// message: one column per thread, one line per step in schedule order, each step named
// by the kernel call it models (the pack's callText; otherwise its op id, RACE.md
// section 5, which then is the function's name), nested under the function it runs in.
//
//   T1 (eb A)                      | T2 (eb B)
//   -------------------------------+-------------------------------
//   alloc_extent_buffer()          |
//   |- find_extent_buffer()        |
//   ...                            |
//                                  |   |- detach_extent_buffer_page()
//                                  |      |- spin_lock(&private_lock)

import type { Model, Tid } from '../engine';
import { callText, framesOf, tablesOf, threadLabel } from './calls';

/** Narrowest column, as in the commit message (31 characters before the bar). */
export const MIN_COLUMN = 31;

function indent(depth: number): string {
  return depth === 0 ? '' : `${'   '.repeat(depth - 1)}|- `;
}

/** The rows of the diagram: one cell per thread, '' where a thread has no line. */
export function diagramRows<K>(model: Model<K>, schedule: readonly Tid[]): string[][] {
  const n = model.threads.length;
  const tables = tablesOf(model);
  const rows: string[][] = [];
  const stacks: string[][] = model.threads.map(() => []);
  const pcs = new Array<number>(n).fill(0);
  const put = (tid: Tid, text: string) => {
    const row = new Array<string>(n).fill('');
    row[tid - 1] = text;
    rows.push(row);
  };
  for (const tid of schedule) {
    const index = pcs[tid - 1] ?? 0;
    pcs[tid - 1] = index + 1;
    const def = model.threads[tid - 1]?.steps[index];
    if (!def) continue;
    const frames = framesOf(tables, def, model.threads[tid - 1]?.steps[0]?.fn);
    const open = stacks[tid - 1] ?? [];
    let common = 0;
    while (common < frames.length && common < open.length && frames[common] === open[common]) common++;
    for (let d = common; d < frames.length; d++) put(tid, `${indent(d)}${frames[d]}()`);
    // A step that is the call of its function (op === fn) opens that function: the steps
    // inside it nest under its line rather than repeat it (endio-reader's T2:
    // free_extent_buffer(), then |- release_extent_buffer()).
    stacks[tid - 1] = def.op === def.fn ? [...frames, def.fn] : frames;
    put(tid, `${indent(frames.length)}${callText(tables, def.op)}`);
  }
  return rows;
}

export interface ExportOptions {
  /** A line above the diagram (e.g. scenario, variant and verdict); omitted when absent. */
  caption?: string;
}

export function exportDiagram<K>(model: Model<K>, schedule: readonly Tid[], options: ExportOptions = {}): string {
  const n = model.threads.length;
  const header = model.threads.map((_, i) => threadLabel(model, i + 1));
  const rows = diagramRows(model, schedule);
  // The first column holds its text plus a space; later ones also start with a space.
  const pad = (i: number) => (i === 0 ? 1 : 2);
  const widths = header.map((h, i) => Math.max(MIN_COLUMN, h.length + pad(i), ...rows.map((r) => (r[i] ?? '').length + pad(i))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : i < n - 1 ? ` ${c}`.padEnd(widths[i] ?? 0) : ` ${c}`))
      .join('|')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('+');
  const out = [line(header), rule, ...rows.map(line)];
  if (options.caption) out.unshift(options.caption, '');
  return `${out.join('\n')}\n`;
}
