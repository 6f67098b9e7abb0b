// The diagram flattened onto one line, as a mail archive gave the v4 commit message:
// "... T1 (eb A) | T2 (eb B) -----+----- alloc_extent_buffer() | ... |- p = ...".
//
// The import used to find it with
//
//   /(T[1-9]\b[^|]*(?:\|\s*T[1-9]\b[^|]*?)+)\s(-{3,}(?:\+-{3,})+)(.*)$/
//
// which tries every start and backtracks through every cell: quadratic or worse on a
// long line of bars and "T1"s. findFlatHeader gives the same match in one pass, from
// what the regex must do:
//  - the header starts at a "T1".."T9" followed by a non-word character, runs to the
//    next bar, and continues over cells that each open with /\|\s*T[1-9]\b/;
//  - it ends, at the first place the regex tries, on a blank that is followed by a rule
//    (/-{3,}(\+-{3,})+/, taken as long as it goes) with no line end after it (`.*$`);
//    that place is in the second header cell or a later one, never in the first;
//  - the regex takes the leftmost start that has such an end, and every start in the
//    same bar-to-bar segment has the same ends, so the first segment holding a "T<d>"
//    whose following header cells reach a rule wins.

import type { Tid } from '../engine';
import { cellLine, type DiagramLine, dashes, headerCell, nameOf } from './cells';
import { columnOf, isLineTerminator, isSpace, isWord, type SourceLine } from './source';

export interface FlatHeader {
  /** The header is s[start, end); the rule starts at end + 1; the items at restStart. */
  start: number;
  end: number;
  restStart: number;
}

/** The first "T<d>" (d in 1..9, then a non-word character) in s[from, to), or -1. */
function firstThreadMark(s: string, from: number, to: number): number {
  for (let p = from; p + 1 < to; p++) {
    const d = s.charCodeAt(p + 1);
    if (s.charCodeAt(p) === 84 && d >= 49 && d <= 57 && !(p + 2 < s.length && isWord(s.charCodeAt(p + 2)))) return p;
  }
  return -1;
}

/** After /\s*T[1-9]\b/ at s[from]: the position after the digit, or -1. */
function cellMark(s: string, from: number, to: number): number {
  let p = from;
  while (p < to && isSpace(s.charCodeAt(p))) p++;
  return headerCell(s, p, to) > 0 ? p + 2 : -1;
}

/** The first p in [from, to) with a blank at p and a rule from p + 1, or -1. */
function ruleAfterBlank(s: string, from: number, to: number): number {
  for (let p = from; p < to; p++) {
    if (!isSpace(s.charCodeAt(p))) continue;
    const run = dashes(s, p + 1);
    if (run >= 3 && s.charCodeAt(p + 1 + run) === 43 && dashes(s, p + 2 + run) >= 3) return p;
    p += run; // a run of dashes holds no blank
  }
  return -1;
}

/** The end of the rule that starts at p: dashes, then every "+---" that follows. */
function ruleEnd(s: string, p: number): number {
  let q = p + dashes(s, p);
  for (;;) {
    const run = dashes(s, q + 1);
    if (s.charCodeAt(q) !== 43 || run < 3) return q;
    q += 1 + run;
  }
}

export function findFlatHeader(s: string): FlatHeader | null {
  if (!s.includes('|')) return null;
  // `.*$` cannot cross a line end (a lone \r, U+2028 or U+2029 left in the line).
  let lastEnd = s.length - 1;
  while (lastEnd >= 0 && !isLineTerminator(s.charCodeAt(lastEnd))) lastEnd--;
  // The segments between bars, left to right, as the regex tries its starts. From a
  // segment holding a "T<d>", follow the header cells after it to the first end. If the
  // cells stop first, every start among them fails too (their cells are the same), so
  // the next start to try is the segment that stopped them: each segment is read at
  // most twice.
  for (let from = 0; ; ) {
    const bar = s.indexOf('|', from);
    if (bar < 0) return null;
    const start = firstThreadMark(s, from, bar);
    from = bar + 1;
    if (start < 0) continue;
    for (;;) {
      const next = s.indexOf('|', from);
      const to = next < 0 ? s.length : next;
      const mark = cellMark(s, from, to);
      if (mark < 0) break;
      const end = ruleAfterBlank(s, Math.max(mark, lastEnd), to);
      if (end >= 0) return { start, end, restStart: ruleEnd(s, end + 1) };
      if (next < 0) return null;
      from = next + 1;
    }
  }
}

/** A sentence break in prose, /[.!?]\s+[A-Z]/, in s[from, to). */
export function hasSentenceBreak(s: string, from = 0, to = s.length): boolean {
  for (let p = from; p < to; p++) {
    const c = s.charCodeAt(p);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    let q = p + 1;
    while (q < to && isSpace(s.charCodeAt(q))) q++;
    const next = q < to ? s.charCodeAt(q) : -1;
    if (q > p + 1 && next >= 65 && next <= 90) return true;
    p = q - 1;
  }
  return false;
}

/**
 * One-line diagrams: rows cannot be told apart once whitespace is collapsed, so each
 * item ("|- name()" or a plain title) is read in order and given to the thread that can
 * run it; an item that more than one column could hold is reported, not guessed.
 */
export function flatItems(src: SourceLine, h: FlatHeader): { threads: Tid[]; lines: DiagramLine[] } {
  const s = src.text;
  const threads: Tid[] = [];
  for (let from = h.start; from <= h.end; ) {
    const bar = s.indexOf('|', from);
    const to = bar < 0 || bar > h.end ? h.end : bar;
    threads.push(headerCell(s, from, to));
    from = to + 1;
  }
  const candidates = [...new Set(threads)];
  const out: DiagramLine[] = [];
  const n = s.length;
  for (let p = h.restStart; p < n; ) {
    const c = s.charCodeAt(p);
    if (c === 124 && s.charCodeAt(p + 1) === 45) {
      // "|-", blanks, then the item up to the next bar.
      let q = p + 2;
      while (q < n && isSpace(s.charCodeAt(q))) q++;
      let e = s.indexOf('|', q);
      if (e < 0) e = n;
      if (e > q) {
        const text = `|- ${s.slice(q, e)}`.trim();
        const found = nameOf(text);
        // The name's column in the text as pasted (the text says "|- " whatever the blanks were).
        const at = found ? q + found.offset - 3 : p;
        out.push({
          line: src.no,
          column: columnOf(src, at),
          thread: null,
          candidates,
          name: found?.name ?? null,
          args: found ? text.slice(found.args) : '',
          title: false,
          text,
        });
      }
      p = e;
    } else if (c === 124 || isSpace(c)) {
      p++;
    } else {
      let e = s.indexOf('|', p);
      if (e < 0) e = n;
      // Prose after the diagram ("Then we have a metadata eb ... To avoid such race"): stop.
      if (hasSentenceBreak(s, p, e)) break;
      // A plain item starts with neither a bar nor a blank: cellLine makes it a title.
      const item = cellLine(src, p, e, null, candidates);
      if (item) out.push(item);
      p = e;
    }
  }
  return { threads, lines: out };
}
