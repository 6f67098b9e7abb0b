import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay, type Tid } from '../engine';
import { SCENARIO_VARIANTS } from '../../tests/fixtures/scenario-variants';
import { V4_DIAGRAM, V4_FLATTENED } from '../../tests/fixtures/v4-diagram';
import { getModel, scenarioOf } from '../packs';
import { presetSchedule } from '../packs';
import { exportDiagram, importDiagram, parseDiagram } from '.';

function model(sc: string, v: string) {
  const m = getModel(sc, v);
  if (!m.ok) throw new Error(m.error);
  return m.value;
}

/** Index of the n-th (0-based) step of thread `tid` with op `op` within a schedule. */
function positionOf(m: ReturnType<typeof model>, schedule: readonly Tid[], tid: Tid, op: string): number {
  const pcs = new Map<Tid, number>();
  for (let i = 0; i < schedule.length; i++) {
    const t = schedule[i] as Tid;
    const pc = pcs.get(t) ?? 0;
    pcs.set(t, pc + 1);
    if (t === tid && m.threads[t - 1]?.steps[pc]?.op === op) return i;
  }
  return -1;
}

describe('export', () => {
  it('draws the commit-message interleaving as a two-column ASCII diagram', () => {
    const m = model('seed', 'racy');
    const text = exportDiagram(m, presetSchedule('seed', 'racy', 'commit-message'));
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^T1 \(eb A\) {22,}\| T2 \(eb B\)$/);
    expect(lines[1]).toMatch(/^-{31,}\+-{31,}$/);
    expect(lines[2]).toMatch(/^alloc_extent_buffer\(\) +\|$/);
    expect(text).toContain('|- find_or_create_page()');
    expect(text).toMatch(/\| {4}\|- detach_extent_buffer_page\(\)\n/);
    expect(text).toMatch(/\| {7}\|- if \(!page_range_has_eb\(\)\)\n/);
    // pure ASCII, one bar per line at the same column, at most 80 columns
    expect(/^[\x20-\x7e\n]*$/.test(text)).toBe(true);
    const bar = (lines[0] as string).indexOf('|');
    for (const l of lines.slice(2)) expect(l[bar]).toBe('|');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
    // header, rule, 25 steps, and 7 function lines: T1's alloc_extent_buffer(),
    // read_extent_buffer_pages() and the static read_extent_buffer_subpage() it calls;
    // T2's free_extent_buffer_stale(), release_extent_buffer(),
    // btrfs_release_extent_buffer_pages() and detach_extent_buffer_page()
    expect(text).toMatch(/\n {3}\|- btrfs_subpage_test_uptodate\(\) +\|\n/);
    expect(lines).toHaveLength(2 + 25 + 7);
  });

  it('has a third column in two-allocators', () => {
    const text = exportDiagram(model('two-allocators', 'racy'), presetSchedule('two-allocators', 'racy', 't1-then-t2'));
    expect(text.split('\n')[0]).toMatch(/^T1 \(eb A\) +\| T2 \(eb B\) +\| T3 \(eb C\)$/);
    expect(text.split('\n')[1]).toMatch(/^-+\+-+\+-+$/);
  });
});

describe('import of the v4 commit message diagram', () => {
  for (const [shape, text] of [
    ['flattened, as the archive gives it', V4_FLATTENED],
    ['line-broken, as written', V4_DIAGRAM],
  ] as const) {
    it(`${shape}: the commit message's interleaving, a bug in racy`, () => {
      const m = model('seed', 'racy');
      const r = importDiagram(m, text);
      if (!r.ok) throw new Error(r.message);
      expect(r.problems).toEqual([]);
      expect(r.named.map((n) => `T${n.thread}:${m.threads[n.thread - 1]?.steps[n.index]?.op}`)).toEqual([
        'T1:find_or_create_page',
        'T1:attach_extent_buffer_page',
        'T2:spin_lock_private',
        'T2:page_range_has_eb',
        'T2:btrfs_detach_subpage',
        'T1:radix_tree_insert',
      ]);
      // The same schedule as the preset that RACE.md section 5 describes.
      expect(r.schedule).toEqual(presetSchedule('seed', 'racy', 'commit-message'));
      const check = positionOf(m, r.schedule, 2, 'page_range_has_eb');
      expect(check).toBeGreaterThan(positionOf(m, r.schedule, 1, 'spin_unlock_private'));
      expect(check).toBeLessThan(positionOf(m, r.schedule, 1, 'radix_tree_insert'));
      const run = replay(m, r.schedule);
      expect(run.ok && run.run.outcome.verdict).toBe('bug');
    });
  }

  it('indented as in `git log`, or quoted in a reply, it reads the same', () => {
    const m = model('seed', 'racy');
    const preset = presetSchedule('seed', 'racy', 'commit-message');
    const indented = V4_DIAGRAM.split('\n').map((l) => `    ${l}`).join('\n');
    const quoted = V4_DIAGRAM.split('\n').map((l) => `> ${l}`).join('\n');
    const twice = V4_DIAGRAM.split('\n').map((l) => `>> ${l}`).join('\r\n');
    for (const text of [indented, quoted, twice]) {
      const r = importDiagram(m, text);
      if (!r.ok) throw new Error(r.message);
      expect(r.problems).toEqual([]);
      expect(r.schedule).toEqual(preset);
    }
  });

  it('the same diagram is safe in under_alloc and eb_refs', () => {
    for (const v of ['under_alloc', 'eb_refs']) {
      const m = model('seed', v);
      const r = importDiagram(m, V4_DIAGRAM);
      if (!r.ok) throw new Error(r.message);
      const run = replay(m, r.schedule);
      expect(run.ok && run.run.outcome.verdict).toBe('safe');
    }
  });
});

describe('import problems', () => {
  it('reports unmatched lines by line and column, and keeps the rest', () => {
    const text = `${V4_DIAGRAM.replace('|- radix_tree_insert()         |', '|- radix_tree_insert()         |\n|- frobnicate_page()           |')}`;
    const r = importDiagram(model('seed', 'racy'), text);
    expect(r.ok).toBe(true);
    expect(r.problems).toEqual([{ line: 14, column: 4, message: 'frobnicate_page() is not a step of T1 in seed/racy' }]);
  });

  it('refuses text without a header and an order that cannot run', () => {
    expect(importDiagram(model('seed', 'racy'), 'hello').ok).toBe(false);
    const impossible = [
      'T1 (eb A)                      | T2 (eb B)',
      '-------------------------------+-------------------------------',
      '                               | |- page_range_has_eb()',
      '|- attach_extent_buffer_page() |',
      '                               | |- btrfs_detach_subpage()',
      '|- spin_lock_private()         |',
    ].join('\n');
    const r = importDiagram(model('seed', 'racy'), impossible);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]?.message).toMatch(/no spin_lock\(&private_lock\) step left/);
  });

  it('one-line diagrams with ambiguous columns are reported, not guessed', () => {
    const flat = 'T1 (eb A) | T3 (eb C) -----+----- |- find_or_create_page() | |';
    const p = parseDiagram(flat);
    expect('error' in p).toBe(false);
    const r = importDiagram(model('two-allocators', 'racy'), flat);
    expect(r.problems[0]?.message).toMatch(/could be in T1 or T3's column/);
  });
});

describe('export then import gives back the same interleaving', () => {
  it('for every preset in every scenario and variant', () => {
    for (const { scenario: sc, variant: v } of SCENARIO_VARIANTS) {
      const m = model(sc, v);
      for (const p of scenarioOf(sc).presets) {
        // A preset that cannot run whole (same-bytenr) is its valid prefix: complete it.
        const run = replay(m, presetSchedule(sc, v, p.id));
        if (!run.ok) throw new Error(run.error.message);
        const schedule = run.run.schedule;
        const r = importDiagram(m, exportDiagram(m, schedule, { caption: `${sc} ${v}` }));
        if (!r.ok) throw new Error(`${sc}/${v}/${p.id}: ${r.message}`);
        expect(r.problems).toEqual([]);
        expect(r.schedule).toEqual(schedule);
      }
    }
  });

  it('for random schedules (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SCENARIO_VARIANTS),
        fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 60 }),
        ({ scenario: sc, variant: v }, picks) => {
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
        },
      ),
      { numRuns: 200 },
    );
  });
});
