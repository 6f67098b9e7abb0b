// The pieces of a diagram both shapes share (rows in parse.ts, one line in flat.ts):
// the call a cell names, a header cell, a run of the rule's dashes, and a cell as a
// DiagramLine. Hand-written scans, each linear in what it reads.

import type { Tid } from '../engine';
import { columnOf, isSpace, isWord, type SourceLine } from './source';

export interface DiagramLine {
  /** 1-based line and column of the name in the pasted text (columns: see source.ts). */
  line: number;
  column: number;
  /** Thread of the column, or null when the column could not be told (flattened text). */
  thread: Tid | null;
  /** Threads whose column it could be (flattened text only), each once. */
  candidates: readonly Tid[];
  /** The function or op named, or null for a comment line. */
  name: string | null;
  /**
   * What follows the name's "(": a call such as spin_lock(&private_lock) names an op by
   * its argument too, which the scenario's pack resolves (KernelTextTables.argCalls).
   */
  args: string;
  /** A title line (no tree branch: "alloc_extent_buffer()"), not a step of its own. */
  title: boolean;
  /** The cell's text, trimmed. */
  text: string;
}

const KEYWORDS = new Set(['if', 'while', 'for', 'switch', 'return', 'sizeof', 'do', 'else', 'goto']);

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The call a cell names: the first identifier before "(" that is not a C keyword. This
 * is what /([A-Za-z_][A-Za-z0-9_]*)\s*\(/g finds, read in one pass: in a run of word
 * characters a match can only start at the first one that is not a digit, and whether
 * "(" follows is the same for every start in the run.
 */
export function nameOf(text: string): { name: string; offset: number; args: number } | null {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWord(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let start = -1;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (!isWord(c)) break;
      if (start < 0 && !isDigit(c)) start = i;
    }
    if (start < 0) continue;
    let j = i;
    while (j < n && isSpace(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== 40) continue;
    const id = text.slice(start, i);
    if (KEYWORDS.has(id)) {
      i = j + 1;
      continue;
    }
    return { name: id, offset: start, args: j + 1 };
  }
  return null;
}

/** A header cell, /^\s*T([1-9])\b/ on s[from, to): the thread number, or 0. */
export function headerCell(s: string, from: number, to: number): number {
  let p = from;
  while (p < to && isSpace(s.charCodeAt(p))) p++;
  if (p + 1 >= to || s.charCodeAt(p) !== 84) return 0;
  const d = s.charCodeAt(p + 1);
  if (d < 49 || d > 57) return 0;
  if (p + 2 < to && isWord(s.charCodeAt(p + 2))) return 0;
  return d - 48;
}

/** Length of the run of '-' at s[p]. */
export function dashes(s: string, p: number): number {
  let q = p;
  while (q < s.length && s.charCodeAt(q) === 45) q++;
  return q - p;
}

/** The rule under the header, /^\s*-{3,}(\+-{3,})+\s*$/. */
export function isRule(s: string): boolean {
  let p = 0;
  while (p < s.length && isSpace(s.charCodeAt(p))) p++;
  let run = dashes(s, p);
  if (run < 3) return false;
  p += run;
  let parts = 0;
  while (s.charCodeAt(p) === 43) {
    run = dashes(s, p + 1);
    if (run < 3) return false;
    p += 1 + run;
    parts++;
  }
  while (p < s.length && isSpace(s.charCodeAt(p))) p++;
  return parts > 0 && p === s.length;
}

/** The cell text[start, end) of a line: the name it gives and where that sits; null if blank. */
export function cellLine(src: SourceLine, start: number, end: number, thread: Tid | null, candidates: readonly Tid[]): DiagramLine | null {
  // The cell trimmed as String.prototype.trim would, without the copies (plain spaces,
  // by far the most common blank, are tested first).
  const s = src.text;
  let a = start;
  while (a < end) {
    const c = s.charCodeAt(a);
    if (c !== 32 && !isSpace(c)) break;
    a++;
  }
  if (a === end) return null;
  let b = end;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  const text = s.slice(a, b);
  const found = nameOf(text);
  return {
    line: src.no,
    column: columnOf(src, a + (found?.offset ?? 0)),
    thread,
    candidates,
    name: found?.name ?? null,
    args: found ? text.slice(found.args) : '',
    title: !text.startsWith('|'),
    text,
  };
}
