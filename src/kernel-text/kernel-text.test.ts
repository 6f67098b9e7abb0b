// Kernel-style text both ways, for every scenario and variant of every pack: the shape
// of an export (a column per thread headed by its label, one line per step under its
// function, pure ASCII), export then import giving back the same interleaving, and the
// import's problems, on exported diagrams and made-up lines. What a pack's own diagrams
// read as (the btrfs v4 commit message's, say) is the pack's to test
// (src/packs/btrfs-subpage/tests/kernel-text.test.ts).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIO_VARIANTS } from '../../tests/fixtures/scenario-variants';
import { scheduleFrom } from '../../tests/unit/helpers';
import { replay, type Tid } from '../engine';
import { modelOf as model, presetSchedule, scenarioOf } from '../packs';
import { exportDiagram, importDiagram } from '.';
import { callText, tablesOf, threadLabel } from './calls';
import { diagramRows } from './export';

describe('export', () => {
  it.each(SCENARIO_VARIANTS)('$scenario / $variant: a column per thread under its label, a line per step', ({ scenario, variant }) => {
    const m = model(scenario, variant);
    const schedule = presetSchedule(scenario, variant);
    const text = exportDiagram(m, schedule);
    const lines = text.trimEnd().split('\n');
    const n = m.threads.length;
    // The header names each thread as the scenario labels it; the rule has a + per bar.
    expect(lines[0]?.split('|').map((c) => c.trim())).toEqual(m.threads.map((_, i) => threadLabel(m, i + 1)));
    expect(lines[1]).toMatch(new RegExp(`^-{31,}(\\+-{31,}){${n - 1}}$`));
    // Pure ASCII; every bar at the header's columns.
    expect(/^[\x20-\x7e\n]*$/.test(text)).toBe(true);
    const bars = [...(lines[0] ?? '')].flatMap((c, i) => (c === '|' ? [i] : []));
    for (const l of lines.slice(2)) for (const b of bars) expect(l[b], l).toBe('|');
    // A line per step (each in its thread's column, its call drawn), and a line per
    // function entered.
    const rows = diagramRows(m, schedule);
    expect(lines).toHaveLength(2 + rows.length);
    expect(rows.length).toBeGreaterThanOrEqual(schedule.length);
    const tables = tablesOf(m);
    const pcs = new Array<number>(n).fill(0);
    for (const tid of schedule) {
      const index = pcs[tid - 1] ?? 0;
      pcs[tid - 1] = index + 1;
      const call = callText(tables, m.threads[tid - 1]?.steps[index]?.op ?? '');
      expect(rows.some((r) => r[tid - 1]?.endsWith(call)), `T${tid} ${call}`).toBe(true);
    }
  });

  it('puts a caption above the diagram when asked', () => {
    const { scenario, variant } = SCENARIO_VARIANTS[0] ?? { scenario: '', variant: '' };
    const m = model(scenario, variant);
    const text = exportDiagram(m, [], { caption: `${scenario} ${variant}` });
    expect(text.split('\n').slice(0, 3)).toEqual([`${scenario} ${variant}`, '', exportDiagram(m, []).split('\n')[0]]);
  });
});

describe('export then import gives back the same interleaving', () => {
  it.each(SCENARIO_VARIANTS)('$scenario / $variant: every preset', ({ scenario: sc, variant: v }) => {
    const m = model(sc, v);
    for (const p of scenarioOf(sc).presets) {
      // A preset that cannot run whole is its valid prefix, completed (presetSchedule).
      const schedule = presetSchedule(sc, v, p.id);
      const r = importDiagram(m, exportDiagram(m, schedule, { caption: `${sc} ${v}` }));
      if (!r.ok) throw new Error(`${sc}/${v}/${p.id}: ${r.message}`);
      expect(r.problems).toEqual([]);
      expect(r.schedule).toEqual(schedule);
    }
  });

  it('for random schedules (fast-check)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCENARIO_VARIANTS), fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 60 }), ({ scenario: sc, variant: v }, picks) => {
        const m = model(sc, v);
        const prefix: Tid[] = [];
        for (const t of picks) if (replay(m, [...prefix, t]).ok) prefix.push(t);
        const r0 = replay(m, prefix);
        if (!r0.ok) return;
        const schedule = r0.run.schedule;
        const r = importDiagram(m, exportDiagram(m, schedule));
        if (!r.ok) throw new Error(r.message);
        expect(r.problems).toEqual([]);
        expect(r.schedule).toEqual(schedule);
      }),
      { numRuns: 200 },
    );
  });
});

describe('import problems', () => {
  const { scenario, variant } = SCENARIO_VARIANTS[0] ?? { scenario: '', variant: '' };
  const m = model(scenario, variant);
  /** Each thread's steps in turn: T1 whole, then T2, ... */
  const serial = scheduleFrom(m, []);
  const lines = exportDiagram(m, serial).trimEnd().split('\n');

  it('reports an unmatched line by line and column, and keeps the rest', () => {
    const bad = [...lines.slice(0, 3), '|- frobnicate_page()', ...lines.slice(3)];
    const r = importDiagram(m, bad.join('\n'));
    if (!r.ok) throw new Error(r.message);
    expect(r.problems).toEqual([{ line: 4, column: 4, message: `frobnicate_page() is not a step of T1 in ${scenario}/${variant}` }]);
    expect(r.schedule).toEqual(serial);
  });

  it('refuses text without a header', () => {
    expect(importDiagram(m, 'hello')).toMatchObject({ ok: false });
  });

  it('reports a step named twice: the second time, the thread has no such step left', () => {
    // In the serial order T1's lines come first, its last step's line last.
    const bar = (lines[0] ?? '').indexOf('|');
    const at = lines.findIndex((l, i) => i >= 2 && l.slice(0, bar).trim() === '') - 1;
    const last = lines[at] as string;
    const call = callText(tablesOf(m), m.threads[0]?.steps.at(-1)?.op ?? '');
    expect(last.trimEnd()).toMatch(new RegExp(`${call.replace(/[()&]/g, '\\$&')}\\s*\\|$`));
    const twice = [...lines.slice(0, at + 1), last, ...lines.slice(at + 1)];
    const r = importDiagram(m, twice.join('\n'));
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ line: at + 2 });
    expect(r.problems[0]?.message).toMatch(new RegExp(`^T1 has no ${call.replace(/[()&]/g, '\\$&')} step left here`));
    if (!r.ok) throw new Error(r.message);
    expect(r.schedule).toEqual(serial);
  });

  it('a thread the scenario does not have', () => {
    // One more column, T9's, after the last thread's.
    const rule = `${lines[1]}+-------`;
    const header = `${lines[0]?.padEnd((lines[1] ?? '').length)}| T9`;
    const bars = [...rule].flatMap((c, i) => (c === '+' ? [i] : []));
    let row = '';
    for (const b of bars) row = `${row.padEnd(b)}|`;
    const r = importDiagram(m, [header, rule, `${row} |- x()`].join('\n'));
    expect(r.problems).toContainEqual(expect.objectContaining({ line: 3, message: `there is no thread T9 in ${scenario}` }));
  });
});
