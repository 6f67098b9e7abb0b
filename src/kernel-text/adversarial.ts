// Pastes crafted to make a diagram parser slow: each defeats one shortcut (a
// backtracking regex, a scan per line of every column, a list that grows with the
// bad lines). The unit tests run them through the parser and `npm run bench` times
// them; the app never imports this file.

export interface AdversarialInput {
  name: string;
  /** Text of exactly `size` characters. */
  make: (size: number) => string;
}

/** T1's column left blank, up to the bar. */
const BLANK_T1 = ' '.repeat(31);

const HEADER = 'T1 (eb A)                      | T2 (eb B)\n-------------------------------+-------------------------------\n';

/** `head`, then `unit` repeated, cut to exactly `size` characters. */
function fill(size: number, unit: string, head = ''): string {
  return (head + unit.repeat(Math.ceil(size / unit.length))).slice(0, size);
}

/** Lines of `line` repeated to `width` characters. */
const wide = (line: string, width: number) => `${line.repeat(Math.ceil(width / line.length)).slice(0, width)}\n`;

export const ADVERSARIAL: readonly AdversarialInput[] = [
  // Lines of bars and blanks before any header: every line is tried as a header.
  { name: 'long lines of "| "', make: (size) => fill(size, wide('| ', 64 * 1024)) },
  // In T2's column (the last has no width): a line of open parentheses half the size,
  // then a name as long with none after it.
  { name: '"(((((" and long names', make: (size) => fill(size, `${BLANK_T1}| |- ${'('.repeat(size / 2)}\n${BLANK_T1}| ${'a'.repeat(size / 2)}`, HEADER) },
  // One line of "T1 | T2 | T1 | ..." with no rule, a header cell after every bar but the
  // last: it almost is a header, of either shape.
  { name: 'repeated "T1 | T2 |"', make: (size) => `${fill(size - 4, 'T1 | T2 | ')} | x` },
  // The one-line shape with over 100,000 items (at 1 MB).
  { name: 'one line, 100k items', make: (size) => fill(size, '|- x() | ', 'T1 (eb A) | T2 (eb B) -----+----- ') },
  // 250,000 lines (at 1 MB) that each name no step: one problem per line.
  { name: '250k problem lines', make: (size) => fill(size, 'x(|\n', HEADER) },
  // Runs of tabs (8 columns each once expanded) in T2's column, quoted so that the quote
  // moves the tab stops and every column reported has to be mapped back.
  { name: 'runs of tabs', make: (size) => fill(size, `> \t\t\t\t|${'\t'.repeat(16 * 1024)}|- x()\n`, 'T1 (eb A)\t\t\t| T2 (eb B)\n') },
];
