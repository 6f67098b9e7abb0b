// Reading a pasted diagram into lines: which thread's column each line is in, the
// function it names, and where it sits in the text (for error reports). Two shapes
// are read: the diagram as written (one row per line, columns under the header's
// bars), and the diagram flattened onto one line, as a mail archive gave the v4
// commit message (rows run together, whitespace collapsed).

import type { Tid } from '../engine';

export interface DiagramLine {
  /** 1-based line and column of the name in the pasted text. */
  line: number;
  column: number;
  /** Thread of the column, or null when the column could not be told (flattened text). */
  thread: Tid | null;
  /** Threads whose column it could be (flattened text only). */
  candidates: readonly Tid[];
  /** The function or op named, or null for a comment line. */
  name: string | null;
  /** A title line (no tree branch: "alloc_extent_buffer()"), not a step of its own. */
  title: boolean;
  /** The cell's text, trimmed. */
  text: string;
}

export interface ParsedDiagram {
  threads: Tid[];
  lines: DiagramLine[];
  flattened: boolean;
  problems: { line: number; column: number; message: string }[];
}

const KEYWORDS = new Set(['if', 'while', 'for', 'switch', 'return', 'sizeof', 'do', 'else', 'goto']);

/** The call a cell names: the first identifier before "(" that is not a C keyword. */
export function nameOf(text: string): { name: string; offset: number } | null {
  const re = /([A-Za-z_][A-Za-z0-9_]*)\s*\(/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const id = m[1] as string;
    if (KEYWORDS.has(id)) continue;
    if (id === 'spin_lock' || id === 'spin_unlock') {
      const arg = text.slice(m.index + m[0].length);
      const lock = /private_lock/.test(arg) ? 'private' : /buffer_lock/.test(arg) ? 'buffer' : null;
      if (lock) return { name: `${id}_${lock}`, offset: m.index };
    }
    return { name: id, offset: m.index };
  }
  return null;
}

const HEADER_CELL = /^\s*T([1-9])\b/;
const RULE = /^\s*-{3,}(\+-{3,})+\s*$/;

/** "T1 (eb A) | T2 (eb B)" -> [1, 2], or null. */
function headerThreads(line: string): Tid[] | null {
  const cells = line.split('|');
  if (cells.length < 2) return null;
  const out: Tid[] = [];
  for (const c of cells) {
    const m = HEADER_CELL.exec(c);
    if (!m) return null;
    out.push(Number(m[1]));
  }
  return out;
}

function cellLine(lineNo: number, column: number, thread: Tid | null, candidates: readonly Tid[], raw: string): DiagramLine {
  const text = raw.trim();
  const found = nameOf(text);
  const lead = raw.length - raw.trimStart().length;
  return {
    line: lineNo,
    column: column + lead + (found?.offset ?? 0),
    thread,
    candidates,
    name: found?.name ?? null,
    title: !text.startsWith('|'),
    text,
  };
}

export function parseDiagram(input: string): ParsedDiagram | { error: string } {
  const text = input.replace(/\t/g, '        ');
  // A diagram quoted in a reply ("> T1 (eb A) | ...") is read without the quote marks.
  const lines = text.split(/\r?\n/).map((l) => l.replace(/^(?:[ ]?>)+ ?/, ''));
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    const flat = /(T[1-9]\b[^|]*(?:\|\s*T[1-9]\b[^|]*?)+)\s(-{3,}(?:\+-{3,})+)(.*)$/.exec(l);
    if (flat && (flat[3] ?? '').trim() !== '') return parseFlattened(flat, i + 1);
    const threads = headerThreads(l);
    if (threads) return parseRows(lines, i, threads);
  }
  return { error: 'no diagram header found: expected a line like "T1 (eb A) | T2 (eb B)"' };
}

function parseRows(lines: string[], h: number, threads: Tid[]): ParsedDiagram {
  const header = lines[h] as string;
  // Separator positions: the rule's '+' if there is a rule, else the header's bars.
  let seps: number[] = [];
  let body = h + 1;
  const rule = lines[h + 1];
  if (rule !== undefined && RULE.test(rule)) {
    for (let i = 0; i < rule.length; i++) if (rule[i] === '+') seps.push(i);
    body = h + 2;
  }
  if (seps.length !== threads.length - 1) {
    seps = [];
    for (let i = 0; i < header.length; i++) if (header[i] === '|') seps.push(i);
  }
  const out: DiagramLine[] = [];
  const problems: ParsedDiagram['problems'] = [];
  for (let i = body; i < lines.length; i++) {
    const l = lines[i] as string;
    if (l.trim() === '') continue;
    if (!l.includes('|')) break; // the prose after the diagram
    const cuts: number[] = [];
    let from = 0;
    let ok = true;
    for (const s of seps) {
      if (l.length <= s) break;
      let at = -1;
      for (let d = 0; d <= 3 && at < 0; d++) {
        if (l[s - d] === '|' && s - d >= from) at = s - d;
        else if (l[s + d] === '|' && s + d >= from) at = s + d;
      }
      if (at < 0) {
        problems.push({ line: i + 1, column: s + 1, message: `no column bar near column ${s + 1}` });
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
      const raw = l.slice(start, end);
      const tid = threads[c] as Tid;
      if (raw.trim() !== '') out.push(cellLine(i + 1, start + 1, tid, [tid], raw));
      start = end + 1;
    }
  }
  return { threads, lines: out, flattened: false, problems };
}

/**
 * One-line diagrams: rows cannot be told apart once whitespace is collapsed, so each
 * item ("|- name()" or a plain title) is read in order and given to the thread that can
 * run it; an item that more than one column could hold is reported, not guessed.
 */
function parseFlattened(m: RegExpExecArray, lineNo: number): ParsedDiagram {
  const threads = (m[1] ?? '').split('|').map((c) => Number(HEADER_CELL.exec(c)?.[1] ?? 0));
  const rest = m[3] ?? '';
  const base = (m.index ?? 0) + (m[0].length - rest.length);
  const out: DiagramLine[] = [];
  const re = /\|-\s*([^|]*)|([^|\s][^|]*)/g;
  for (let t = re.exec(rest); t; t = re.exec(rest)) {
    const branch = t[1] !== undefined;
    const raw = branch ? `|- ${t[1]}` : (t[2] ?? '');
    if (raw.trim() === '|-') continue;
    // Prose after the diagram ("Then we have a metadata eb ... To avoid such race"): stop.
    if (!branch && /[.!?]\s+[A-Z]/.test(raw)) break;
    const item = cellLine(lineNo, base + t.index + 1, null, threads, raw);
    if (!branch) item.title = true;
    out.push(item);
  }
  return { threads, lines: out, flattened: true, problems: [] };
}
