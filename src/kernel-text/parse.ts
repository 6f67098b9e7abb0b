// Reading a pasted diagram into lines: which thread's column each line is in, the
// function it names, and where it sits in the text (for error reports). Two shapes
// are read: the diagram as written (one row per line, columns under the header's
// bars), and the diagram flattened onto one line, as a mail archive gave the v4
// commit message (rows run together, whitespace collapsed).
//
// Everything is a hand-written scan that looks at each character a bounded number of
// times, so parsing is linear in the length of the text: a paste is untrusted, and a
// backtracking regex on it can freeze the page for minutes. source.ts reads the lines
// (quote marks, tabs, the columns reported), cells.ts the cells, flat.ts the one-line
// shape.

import type { Tid } from '../engine';
import { cellLine, type DiagramLine, headerCell, isRule } from './cells';
import { findFlatHeader, flatItems } from './flat';
import { type ImportProblem, ProblemList } from './problems';
import { columnOf, isSpace, LineReader } from './source';

export type { DiagramLine } from './cells';
export { nameOf } from './cells';

export interface ParsedDiagram {
  threads: Tid[];
  lines: DiagramLine[];
  flattened: boolean;
  /** The first problems (at most MAX_PROBLEMS), in line order. */
  problems: ImportProblem[];
  /** How many problems there were in all. */
  problemCount: number;
}

/** "T1 (eb A) | T2 (eb B)" -> [1, 2], or null. */
function headerThreads(line: string): Tid[] | null {
  if (!line.includes('|')) return null;
  const out: Tid[] = [];
  for (let from = 0; ; ) {
    const bar = line.indexOf('|', from);
    const to = bar < 0 ? line.length : bar;
    const t = headerCell(line, from, to);
    if (t === 0) return null;
    out.push(t);
    if (bar < 0) return out;
    from = bar + 1;
  }
}

export function parseDiagram(input: string): ParsedDiagram | { error: string } {
  // A diagram quoted in a reply ("> T1 (eb A) | ...") is read without the quote marks.
  const reader = new LineReader(input);
  for (let l = reader.next(); l; l = reader.next()) {
    const flat = findFlatHeader(l.text);
    if (flat && !isBlank(l.text, flat.restStart, l.text.length)) {
      return { ...flatItems(l, flat), flattened: true, problems: [], problemCount: 0 };
    }
    const threads = headerThreads(l.text);
    if (threads) return parseRows(reader, l.text, threads);
  }
  return { error: 'no diagram header found: expected a line like "T1 (eb A) | T2 (eb B)"' };
}

function parseRows(reader: LineReader, header: string, threads: Tid[]): ParsedDiagram {
  // Separator positions: the rule's '+' if there is a rule, else the header's bars.
  let seps: number[] = [];
  let src = reader.next();
  if (src && isRule(src.text)) {
    const rule = src.text;
    for (let i = 0; i < rule.length; i++) if (rule.charCodeAt(i) === 43) seps.push(i);
    src = reader.next();
  }
  if (seps.length !== threads.length - 1) {
    seps = [];
    for (let i = 0; i < header.length; i++) if (header.charCodeAt(i) === 124) seps.push(i);
  }
  // One candidates array per column, shared by its lines.
  const only = threads.map((t) => [t]);
  const out: DiagramLine[] = [];
  const problems = new ProblemList();
  for (; src; src = reader.next()) {
    const l = src.text;
    if (!l.includes('|')) {
      if (isBlank(l, 0, l.length)) continue;
      break; // the prose after the diagram
    }
    // Each separator takes a bar at most 3 columns away; a row is O(its length) as the
    // separators used are distinct positions inside it.
    const cuts: number[] = [];
    let from = 0;
    let ok = true;
    for (const s of seps) {
      if (l.length <= s) break;
      let at = -1;
      for (let d = 0; d <= 3 && at < 0; d++) {
        if (l.charCodeAt(s - d) === 124 && s - d >= from) at = s - d;
        else if (l.charCodeAt(s + d) === 124 && s + d >= from) at = s + d;
      }
      if (at < 0) {
        const column = columnOf(src, s);
        problems.add({ line: src.no, column, message: `no column bar near column ${column}` });
        ok = false;
        break;
      }
      cuts.push(at);
      from = at + 1;
    }
    if (!ok) continue;
    let start = 0;
    for (let c = 0; c <= cuts.length; c++) {
      const end = cuts[c] ?? l.length;
      const cell = cellLine(src, start, end, threads[c] as Tid, only[c] as Tid[]);
      if (cell) out.push(cell);
      start = end + 1;
    }
  }
  return { threads, lines: out, flattened: false, problems: problems.first, problemCount: problems.count };
}

function isBlank(s: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = s.charCodeAt(p);
    if (c !== 32 && !isSpace(c)) return false;
  }
  return true;
}
