// GNU `unexpand -a` and an editor's tab expansion, for the tests of tab-compressed
// diagrams: src/kernel-text/tabs.test.ts on exported diagrams, and a pack's tests on the
// diagrams of its own literature (src/packs/btrfs-subpage/tests/v4-diagram.test.ts).

/**
 * GNU `unexpand -a` (coreutils 9.1 unexpand.c, tab stops every 8), on text without
 * backspaces: a run of blanks that reaches a tab stop becomes a tab, except a single
 * blank followed by no other blank; blanks that reach no stop stay as they are.
 */
export function unexpandAll(text: string): string {
  return text.split('\n').map(unexpandLine).join('\n');
}

function unexpandLine(line: string): string {
  let out = '';
  let column = 0;
  // Blanks not written yet; the first may still become a tab (pending_blank[0]).
  let pending: string[] = [];
  let oneBlankBeforeStop = false;
  let prevBlank = false;
  const flush = () => {
    if (pending.length > 1 && oneBlankBeforeStop) pending[0] = '\t';
    out += pending.join('');
    pending = [];
    oneBlankBeforeStop = false;
  };
  for (let c of line) {
    const blank = c === ' ' || c === '\t';
    if (blank) {
      const next = column + 8 - (column % 8);
      if (c === '\t') {
        column = next;
        if (pending.length > 0) pending[0] = '\t';
      } else {
        column++;
        if (!(prevBlank && column === next)) {
          if (column === next) oneBlankBeforeStop = true;
          pending.push(c);
          prevBlank = true;
          continue;
        }
        c = '\t';
        if (pending.length > 0) pending[0] = '\t';
      }
      // The pending blanks go, but for a single blank just before the previous stop.
      pending = oneBlankBeforeStop ? pending.slice(0, 1) : [];
    } else {
      column++;
    }
    if (pending.length > 0) flush();
    prevBlank = blank;
    out += c;
  }
  if (pending.length > 0) flush();
  return out;
}

// Outputs of the real `unexpand -a` (GNU coreutils 9.1), pinned: the helper must agree.
export const UNEXPAND_FIXTURES: readonly [string, string][] = [
  ['abcdefg h', 'abcdefg h'],
  ['abcdefg  h', 'abcdefg\t h'],
  ['abcdef  h', 'abcdef\th'],
  ['abcdefg         h', 'abcdefg\t\th'],
  ['       x', '       x'],
  ['x  ', 'x  '],
  ['abcdef  ', 'abcdef\t'],
  ['abcdefg  ', 'abcdefg\t '],
  ['ab\t cd  \t  e', 'ab\t cd\t  e'],
  ['       \tx', '\tx'],
  ['x \t  y', 'x\t  y'],
];

/** A line as an editor shows it: each tab to the next multiple of 8 from the line's start. */
export function expandWhole(line: string): string {
  let out = '';
  for (const c of line) out += c === '\t' ? ' '.repeat(8 - (out.length % 8)) : c;
  return out;
}
