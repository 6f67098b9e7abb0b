// The import's problem list: the first MAX_PROBLEMS in line order, whoever found them
// (the parser or the matching), all of them counted, and a long line quoted cut short.
// Under the header of an exported diagram of the app's default scenario.

import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, defaultVariant, modelOf } from '../packs';
import { exportDiagram, importDiagram, MAX_PROBLEMS } from '.';

describe('the problem list', () => {
  const sc = DEFAULT_SCENARIO;
  const v = defaultVariant(sc);
  const m = modelOf(sc, v);
  const header = exportDiagram(m, []).split('\n').slice(0, 2);
  const bar = (header[1] ?? '').indexOf('+');
  const t2 = m.threads[1]?.steps[0]?.op ?? '';

  it('keeps the first 50 in line order, from the parser and the matching alike, and counts them all', () => {
    // Lines alternate: a name that is no step (found when matching), and a row whose
    // bar is far from the column (found when parsing).
    const body: string[] = [];
    for (let i = 0; i < 60; i++) {
      body.push(`${`|- frob_${i}()`.padEnd(bar)}|`);
      body.push(`${' '.repeat(bar + 9)}| |- ${t2}()`);
    }
    const r = importDiagram(m, [...header, ...body].join('\n'));
    expect(r.problemCount).toBe(120);
    expect(r.problems).toHaveLength(MAX_PROBLEMS);
    expect(r.problems.map((p) => p.line)).toEqual(Array.from({ length: 50 }, (_, i) => i + 3));
    expect(r.problems[0]?.message).toBe(`frob_0() is not a step of T1 in ${sc}/${v}`);
    expect(r.problems[1]?.message).toBe(`no column bar near column ${bar + 1}`);
  });

  it('quotes a long line in a message cut short', () => {
    const long = `${'a'.repeat(10_000)}()`;
    const r = importDiagram(m, [...header, `${' '.repeat(bar)}| |- ${long}`].join('\n'));
    const message = r.problems.find((p) => p.line === 3)?.message ?? '';
    expect(message).toMatch(/^a+\.\.\.\(\) is not a step of T2/);
    expect(message.length).toBeLessThan(200);
  });
});
