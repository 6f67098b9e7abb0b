import { describe, expect, it } from 'vitest';
import { model } from '../../tests/unit/helpers';
import { importDiagram, MAX_PROBLEMS } from '.';
import { V4_DIAGRAM } from '../../tests/fixtures/v4-diagram';

describe('the problem list', () => {
  const m = model('seed', 'racy');
  const header = V4_DIAGRAM.split('\n').slice(0, 2);

  it('keeps the first 50 in line order, from the parser and the matching alike, and counts them all', () => {
    // Lines alternate: a name that is no step (found when matching), and a row whose
    // bar is far from the column (found when parsing).
    const body: string[] = [];
    for (let i = 0; i < 60; i++) {
      body.push(`|- frob_${i}()                    |`);
      body.push(`${' '.repeat(40)}| |- page_range_has_eb()`);
    }
    const r = importDiagram(m, [...header, ...body].join('\n'));
    expect(r.problemCount).toBe(120);
    expect(r.problems).toHaveLength(MAX_PROBLEMS);
    expect(r.problems.map((p) => p.line)).toEqual(Array.from({ length: 50 }, (_, i) => i + 3));
    expect(r.problems[0]?.message).toBe('frob_0() is not a step of T1 in seed/racy');
    expect(r.problems[1]?.message).toBe('no column bar near column 32');
  });

  it('quotes a long line in a message cut short', () => {
    const long = `spin_lock_private(${'a'.repeat(10_000)})`;
    const r = importDiagram(m, [...header, `${' '.repeat(31)}| |- ${long}`, `${' '.repeat(31)}| |- ${long}`].join('\n'));
    const message = r.problems.find((p) => p.line === 4)?.message ?? '';
    expect(message).toMatch(/^T2 has no spin_lock\(&private_lock\) step left here \(\|- spin_lock_private\(a+\.\.\.\)$/);
    expect(message.length).toBeLessThan(200);
  });
});
