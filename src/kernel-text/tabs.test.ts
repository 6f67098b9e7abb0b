import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIO_VARIANTS } from '../../tests/fixtures/scenario-variants';
import { scheduleFrom } from '../../tests/unit/helpers';
import { expandWhole, UNEXPAND_FIXTURES, unexpandAll } from '../../tests/unit/unexpand';
import { modelOf as model } from '../packs';
import { exportDiagram, importDiagram, nameOf, parseDiagram } from '.';
import { columnOf, LineReader } from './source';

/** Timeout of the property tests: each takes well under a second, but a loaded machine can slow it tenfold. */
const SLOW = 30_000;

describe('the unexpand -a helper', () => {
  it('gives what the real tool gives', () => {
    for (const [input, output] of UNEXPAND_FIXTURES) expect(unexpandAll(input), JSON.stringify(input)).toBe(output);
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

describe('a bad line under the tabs', () => {
  it('is reported at the column the box shows', () => {
    const { scenario, variant } = SCENARIO_VARIANTS[0] ?? { scenario: '', variant: '' };
    const m = model(scenario, variant);
    const lines = unexpandAll(exportDiagram(m, scheduleFrom(m, []))).split('\n');
    // A line in T2's column, below the first step, its blanks as tabs.
    const bar = expandWhole(lines[0] ?? '').indexOf('|');
    const bad = unexpandAll(`|${' '.repeat(bar - 1)}| |- frobnicate_page()`);
    expect(bad).toContain('\t');
    lines.splice(3, 0, bad);
    const r = importDiagram(m, lines.join('\n'));
    const column = expandWhole(bad).indexOf('frobnicate_page') + 1;
    expect(column).toBeGreaterThan(bad.indexOf('frobnicate_page') + 1);
    expect(r.problems).toEqual([{ line: 4, column, message: `frobnicate_page() is not a step of T2 in ${scenario}/${variant}` }]);
  });
});
