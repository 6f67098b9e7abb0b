import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerCell, isRule, nameOf } from './cells';
import { findFlatHeader, hasSentenceBreak } from './flat';
import { LineReader } from './source';

// The import used to read diagrams with the regexes below. They can backtrack for
// minutes on a crafted paste, so they are gone, replaced by hand-written scans; here,
// on short strings where the regexes are quick, each scan must find exactly what its
// regex found. A test takes well under a second; its timeout allows for a loaded machine.

const OLD = {
  name: /([A-Za-z_][A-Za-z0-9_]*)\s*\(/g,
  flat: /(T[1-9]\b[^|]*(?:\|\s*T[1-9]\b[^|]*?)+)\s(-{3,}(?:\+-{3,})+)(.*)$/,
  headerCell: /^\s*T([1-9])\b/,
  rule: /^\s*-{3,}(\+-{3,})+\s*$/,
  quote: /^(?:[ ]?>)+ ?/,
  sentence: /[.!?]\s+[A-Z]/,
};

const SLOW = 30_000;

const KEYWORDS = new Set(['if', 'while', 'for', 'switch', 'return', 'sizeof', 'do', 'else', 'goto']);

/** nameOf as it was (the call's argument is now read by the pack's tables, in build.ts). */
function oldNameOf(text: string): { name: string; offset: number } | null {
  const re = new RegExp(OLD.name.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const id = m[1] as string;
    if (KEYWORDS.has(id)) continue;
    return { name: id, offset: m.index };
  }
  return null;
}

/** Strings of pieces that make the regexes work hardest: near-headers, near-rules, blanks of every kind. */
const pieces = (list: string[], maxLength = 40) => fc.array(fc.constantFrom(...list), { maxLength }).map((a) => a.join(''));
const DIAGRAMISH = ['T1', 'T2', 'T9', 'T0', 'T', '1', 'x', '_', '|', ' ', '  ', '-', '---', '+', '+---', ' ---+---', '---+---', ' T1 | T2 ', '\r', '\u2028', '\u00a0', '\t'];
const CODEISH = ['spin_lock', 'spin_unlock', 'private_lock', 'buffer_lock', 'if', 'sizeof', 'x', '9', '_a', ' ', '\t', '(', ')', '&', 'foo', '.', '! Z', '. a', '\u00a0'];

describe('the scans read what the old regexes read', () => {
  it('nameOf', () => {
    fc.assert(
      fc.property(pieces(CODEISH), (s) => {
        const got = nameOf(s);
        expect(got && { name: got.name, offset: got.offset }).toEqual(oldNameOf(s));
      }),
      { numRuns: 5_000 },
    );
  }, SLOW);

  it('the one-line header', () => {
    let found = 0;
    fc.assert(
      fc.property(pieces(DIAGRAMISH), (s) => {
        const m = OLD.flat.exec(s);
        const h = findFlatHeader(s);
        if (m) found++;
        expect(h && [h.start, s.slice(h.start, h.end), s.slice(h.restStart)]).toEqual(m && [m.index, m[1], m[3]]);
      }),
      { numRuns: 5_000 },
    );
    // The strings did reach the regex's matches, not only its failures.
    expect(found).toBeGreaterThan(50);
  }, SLOW);

  it('header cells, the rule, quote marks and sentence breaks', () => {
    fc.assert(
      fc.property(pieces(DIAGRAMISH.concat(['>', '> ', '.', '. A', '?\tB']), 12), (s) => {
        const cell = OLD.headerCell.exec(s);
        expect(headerCell(s, 0, s.length)).toBe(cell ? Number(cell[1]) : 0);
        expect(isRule(s)).toBe(OLD.rule.test(s));
        expect(hasSentenceBreak(s)).toBe(OLD.sentence.test(s));
        const line = s.replace(/[\t\r\n]/g, 'x');
        expect(new LineReader(line).next()?.text).toBe(line.replace(OLD.quote, ''));
      }),
      { numRuns: 5_000 },
    );
  }, SLOW);
});
