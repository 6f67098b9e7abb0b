import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, defaultVariant, modelOf, presetSchedule } from '../packs';
import { buildSchedule, exportDiagram, importDiagram, MAX_IMPORT_LENGTH, MAX_PROBLEMS, parseDiagram } from '.';
import { ADVERSARIAL } from './adversarial';

// An import cannot hang: every pasted text is read in time linear in its length, and
// a text over the cap is refused before it is read. Speed is measured by `npm run
// bench`, not asserted here: these tests only have to finish. Each 1 MB input takes
// well under a second even on a loaded machine; the timeouts are far above that, so
// that only a parser gone super-linear (minutes at 1 MB) fails them.

const MB = 1024 * 1024;
const SLOW = 30_000;

// Any scenario will do: the app's default one.
const SC = DEFAULT_SCENARIO;
const V = defaultVariant(SC);

describe('adversarial inputs of 1 MB', () => {
  const m = modelOf(SC, V);
  for (const input of ADVERSARIAL) {
    it(
      `${input.name}: parsed, matched and refused by the import`,
      () => {
        const text = input.make(MB);
        expect(text.length).toBeGreaterThan(0.9 * MB);
        expect(text.length).toBeLessThanOrEqual(MB);
        const parsed = parseDiagram(text);
        if (!('error' in parsed)) {
          const r = buildSchedule(m, parsed);
          expect(r.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS);
          expect(r.problemCount).toBeGreaterThanOrEqual(r.problems.length);
        }
        const refused = importDiagram(m, text);
        expect(refused.ok).toBe(false);
        expect(!refused.ok && refused.message).toMatch(/^the text is .* KB .*the import reads at most 256 KB/);
      },
      SLOW,
    );
  }

  it(
    '250,000 lines that name no step: every one counted, the first 50 listed',
    () => {
      const text = ADVERSARIAL.find((a) => a.name === '250k problem lines')?.make(MB) ?? '';
      const parsed = parseDiagram(text);
      if ('error' in parsed) throw new Error(parsed.error);
      // After the header and the rule, each line is "x(|".
      const bad = text.split('\n').filter((l) => l === 'x(|').length;
      expect(bad).toBeGreaterThan(250_000);
      expect(parsed.lines).toHaveLength(bad);
      const r = buildSchedule(m, parsed);
      expect(r.problemCount).toBe(bad);
      expect(r.problems).toHaveLength(50);
      expect(r.problems[0]).toEqual({ line: 3, column: 1, message: `x() is not a step of T1 in ${SC}/${V}` });
      expect(r.problems[49]?.line).toBe(52);
    },
    SLOW,
  );
});

describe('the size cap', () => {
  const m = modelOf(SC, V);
  const diagram = exportDiagram(m, presetSchedule(SC, V));
  const padded = (length: number) => diagram + '\n'.repeat(length - diagram.length);

  it('reads a text of exactly the cap', () => {
    const r = importDiagram(m, padded(MAX_IMPORT_LENGTH));
    expect(r.ok).toBe(true);
  });

  it('refuses one character more, before reading it, naming the size and the cap', () => {
    const r = importDiagram(m, padded(MAX_IMPORT_LENGTH + 1));
    expect(r).toEqual({
      ok: false,
      message: 'the text is 256 KB (262,145 characters); the import reads at most 256 KB (262,144 characters). Paste only the diagram.',
      problems: [],
      problemCount: 0,
    });
    expect(importDiagram(m, padded(6 * MB)).ok).toBe(false);
    const big = importDiagram(m, 'x'.repeat(300 * 1024));
    expect(!big.ok && big.message).toMatch(/^the text is 300 KB \(307,200 characters\)/);
  });
});
