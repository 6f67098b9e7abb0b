// Pasted text to the lines the diagram parser reads: split at line ends, a reply's
// quote marks taken off, tabs expanded. One pass over the text, no regex.
//
// Columns. Every line and column the import reports is 1-based and counts the line as
// pasted, the way a monospace editor shows it: a tab runs to the next multiple of 8.
// That is what the import box shows (a textarea in a monospace font, CSS tab-size 8 by
// default) and what vim and emacs call the column; on a line with tabs it is not the
// count of characters.
//
// Tabs are expanded from where the author's line began, after a reply's "> " is taken
// off: quoting shifts the text before a tab but not the text after it, so expanding the
// quoted line as a whole would pull apart the columns the author drew. The parser thus
// reads `text`, whose positions can differ from the pasted line's columns when a quoted
// line has tabs; `columnOf` maps them back.

export const TAB_STOP = 8;

export interface SourceLine {
  /** 1-based line number in the pasted text. */
  no: number;
  /** The line without quote marks, tabs expanded to the next multiple of 8. */
  text: string;
  /** How many characters of quote marks were taken off (spaces and '>', no tabs). */
  quote: number;
  /**
   * The line's first tab, when it is wider in `text` than in the pasted line or the
   * other way round (a quote that is not a whole number of tab stops), else null: in
   * `text` it spans [eStart, eEnd), in the pasted line's columns [vStart, vEnd).
   */
  shift: { eStart: number; eEnd: number; vStart: number; vEnd: number } | null;
}

const nextStop = (col: number) => col + TAB_STOP - (col % TAB_STOP);

/**
 * The text's lines, one at a time ("\n" or "\r\n" ends a line, as the import always
 * did): a line is garbage as soon as it is read, however long the paste.
 */
export class LineReader {
  private from = 0;
  private no = 0;
  // The next tab at or after `from`: searched for again only once passed, since a
  // search per line would run on to the end of the text each time.
  private tab: number;

  constructor(private readonly input: string) {
    this.tab = input.indexOf('\t');
  }

  next(): SourceLine | null {
    const { input, from } = this;
    if (from > input.length) return null;
    const nl = input.indexOf('\n', from);
    let end = nl < 0 ? input.length : nl;
    if (nl >= 0 && end > from && input.charCodeAt(end - 1) === 13) end--;
    if (this.tab >= 0 && this.tab < from) this.tab = input.indexOf('\t', from);
    this.from = nl < 0 ? input.length + 1 : nl + 1;
    return readLine(input, from, end, ++this.no, this.tab);
  }
}

/**
 * Quote marks are what the import always took off: `(?:[ ]?>)+ ?` at the start of the
 * line ("> ", ">> ", "> > "). Read by hand: each step takes ">" or " >", then one space.
 */
function quoteEnd(s: string, from: number, end: number): number {
  let p = from;
  for (;;) {
    if (p < end && s.charCodeAt(p) === 62) p++;
    else if (p + 1 < end && s.charCodeAt(p) === 32 && s.charCodeAt(p + 1) === 62) p += 2;
    else break;
  }
  if (p === from) return from;
  return p < end && s.charCodeAt(p) === 32 ? p + 1 : p;
}

/** The line s[from, end); `firstTab` is the first tab at or after `from`, or -1. */
function readLine(s: string, from: number, end: number, no: number, firstTab: number): SourceLine {
  const start = quoteEnd(s, from, end);
  const quote = start - from;
  if (firstTab < 0 || firstTab >= end) return { no, text: s.slice(start, end), quote, shift: null };
  // After the first tab both `text` and the pasted line are at a tab stop, and every
  // later tab is as wide in one as in the other: only the first can shift columns.
  const eStart = firstTab - start;
  const vStart = quote + eStart;
  const eEnd = nextStop(eStart);
  const vEnd = nextStop(vStart);
  const shift = eEnd - eStart === vEnd - vStart ? null : { eStart, eEnd, vStart, vEnd };
  let text = s.slice(start, firstTab);
  let col = eStart;
  for (let i = firstTab; i < end; ) {
    // A run of tabs becomes one run of spaces; the text up to the next tab, one slice.
    let to = nextStop(col);
    for (i++; i < end && s.charCodeAt(i) === 9; i++) to += TAB_STOP;
    text += ' '.repeat(to - col);
    // Each search runs from one tab to the next: together they read the text once.
    let next = s.indexOf('\t', i);
    if (next < 0 || next > end) next = end;
    text += s.slice(i, next);
    col = to + (next - i);
    i = next;
  }
  return { no, text, quote, shift };
}

/** The 1-based column, in the pasted line, of `line.text[i]` (see the header). */
export function columnOf(line: SourceLine, i: number): number {
  const m = line.shift;
  if (!m || i < m.eStart) return line.quote + i + 1;
  // Inside the first tab's run of spaces: the column of the same space, or the tab's last.
  if (i < m.eEnd) return Math.min(m.vStart + (i - m.eStart), m.vEnd - 1) + 1;
  return m.vEnd + (i - m.eEnd) + 1;
}

/** JavaScript's \s (and String.prototype.trim's set): ASCII and Unicode blanks, line ends. */
export function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** What a regex's `.` does not match. */
export function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** \w: [A-Za-z0-9_]. */
export function isWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
