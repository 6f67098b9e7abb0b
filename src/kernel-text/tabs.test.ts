import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { model, scheduleFrom } from '../../tests/unit/helpers';
import { replay } from '../engine';
import { SCENARIO_VARIANTS } from '../../tests/fixtures/scenario-variants';
import { V4_DIAGRAM, V4_TABBED } from '../../tests/fixtures/v4-diagram';
import { variantIds } from '../packs';
import { exportDiagram, importDiagram, nameOf, parseDiagram } from '.';
import { columnOf, LineReader } from './source';

/**
 * GNU `unexpand -a` (coreutils 9.1 unexpand.c, tab stops every 8), on text without
 * backspaces: a run of blanks that reaches a tab stop becomes a tab, except a single
 * blank followed by no other blank; blanks that reach no stop stay as they are.
 */
function unexpandAll(text: string): string {
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

/** Timeout of the property tests: each takes well under a second, but a loaded machine can slow it tenfold. */
const SLOW = 30_000;

// Outputs of the real `unexpand -a` (GNU coreutils 9.1), pinned: the helper must agree.
const UNEXPAND_FIXTURES: readonly [string, string][] = [
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
function expandWhole(line: string): string {
  let out = '';
  for (const c of line) out += c === '\t' ? ' '.repeat(8 - (out.length % 8)) : c;
  return out;
}

describe('the unexpand -a helper', () => {
  it('gives what the real tool gives', () => {
    for (const [input, output] of UNEXPAND_FIXTURES) expect(unexpandAll(input), JSON.stringify(input)).toBe(output);
    expect(unexpandAll(V4_DIAGRAM)).toBe(V4_TABBED);
  });
});

describe('tabs', () => {
  it('run to the next multiple of 8, counted from the start of the line', () => {
    const texts = ['a\tb', 'abcdefgh\tx', '\t\tx', 'abcdefg\tx', 'a\tb\tc'].map((s) => new LineReader(s).next()?.text);
    expect(texts).toEqual(['a       b', 'abcdefgh        x', '                x', 'abcdefg x', 'a       b       c']);
  });

  it('after a reply\'s quote marks, from where the quoted line began; columns count the line as pasted', () => {
    const l = new LineReader('> abcdefg\tc').next();
    expect(l?.text).toBe('abcdefg c');
    // In the box the tab runs from column 10 to 16: "c" shows in column 17.
    expect(l && columnOf(l, 8)).toBe(17);
  });

  it('columns of any character match an editor with 8-column tabs', () => {
    fc.assert(
      fc.property(fc.constantFrom('', '> ', '>> ', '> > ', '>'), fc.array(fc.constantFrom('a', 'b', ' ', '\t', '|'), { maxLength: 40 }), (quote, chars) => {
        const pasted = quote + chars.join('');
        const l = new LineReader(pasted).next();
        if (!l) throw new Error('no line');
        const shown = expandWhole(pasted);
        for (let i = 0; i < l.text.length; i++) {
          const c = l.text[i] as string;
          if (c === ' ') continue;
          // The k-th non-blank of the text is the k-th non-blank of the line as shown.
          const k = l.text.slice(0, i).replace(/ /g, '').length;
          let seen = -1;
          let at = -1;
          for (let j = quote.length; j < shown.length && seen < k; j++) if (shown[j] !== ' ' && ++seen === k) at = j;
          expect(columnOf(l, i), `${JSON.stringify(pasted)} at ${i}`).toBe(at + 1);
        }
      }),
      { numRuns: 500 },
    );
  }, SLOW);
});

describe('a tab-compressed export imports back to the same schedule', () => {
  for (const { scenario: id, variant: v } of SCENARIO_VARIANTS) {
    it(`${id}/${v}: random complete schedules, through unexpand -a (and quoted in a reply)`, () => {
      const m = model(id, v);
      fc.assert(
        fc.property(fc.array(fc.nat(5), { minLength: 60, maxLength: 60 }), fc.boolean(), fc.constantFrom('', '> ', '>> '), (picks, caption, quote) => {
          const schedule = scheduleFrom(m, picks);
          const text = unexpandAll(exportDiagram(m, schedule, caption ? { caption: `${id} ${v}` } : {}));
          expect(text).toContain('\t');
          const pasted = text
            .split('\n')
            .map((l) => quote + l)
            .join('\n');
          const r = importDiagram(m, pasted);
          if (!r.ok) throw new Error(r.message);
          expect(r.problems).toEqual([]);
          expect(r.schedule).toEqual(schedule);
          // Every name's column points at it in the line as the box shows it.
          const parsed = parseDiagram(pasted);
          if ('error' in parsed) throw new Error(parsed.error);
          const lines = pasted.split('\n');
          for (const d of parsed.lines) {
            if (d.name === null) continue;
            const shown = expandWhole(lines[d.line - 1] ?? '');
            expect(nameOf(shown.slice(d.column - 1)), `line ${d.line}`).toMatchObject({ name: d.name, offset: 0 });
          }
        }),
        { numRuns: 25 },
      );
    }, SLOW);
  }
});

describe('the v4 commit message diagram after unexpand -a', () => {
  it('imports as the same schedule as without tabs, in every variant', () => {
    for (const v of variantIds('seed')) {
      const m = model('seed', v);
      const plain = importDiagram(m, V4_DIAGRAM);
      const tabbed = importDiagram(m, V4_TABBED);
      if (!plain.ok || !tabbed.ok) throw new Error('import failed');
      expect(tabbed.problems).toEqual([]);
      expect(tabbed.named).toEqual(plain.named);
      expect(tabbed.schedule).toEqual(plain.schedule);
      const a = replay(m, plain.schedule);
      const b = replay(m, tabbed.schedule);
      expect(b.ok && b.run.outcome.verdict).toBe(a.ok && a.run.outcome.verdict);
    }
  });

  it('reports a bad line under the tabs at the column the box shows', () => {
    const text = V4_TABBED.replace('|- radix_tree_insert()\t       |', '|- radix_tree_insert()\t       |\n|\t\t\t       | |- frobnicate_page()');
    const r = importDiagram(model('seed', 'racy'), text);
    expect(r.problems).toEqual([{ line: 14, column: 37, message: 'frobnicate_page() is not a step of T2 in seed/racy' }]);
    expect(expandWhole(text.split('\n')[13] ?? '').indexOf('frobnicate_page')).toBe(36);
  });
});
