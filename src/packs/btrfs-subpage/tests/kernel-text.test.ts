// The btrfs family in kernel-style text: its interleavings exported as the v4 commit
// message draws them, that message's own diagram read back as the `commit-message`
// preset (RACE.md 5), and the import's problems in btrfs's calls. (Kernel-text's rules
// for any pack, the round trip included: src/kernel-text/*.test.ts; the v4 diagram's
// other shapes and the size cap: v4-diagram.test.ts.)

import { describe, expect, it } from 'vitest';
import { replay } from '../../../engine';
import { exportDiagram, importDiagram, parseDiagram } from '../../../kernel-text';
import { presetSchedule } from '../../index';
import { model, positionOf } from './helpers';
import { V4_DIAGRAM, V4_FLATTENED } from './v4-diagram';

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

describe("problems in btrfs's calls", () => {
  const m = model('seed', 'racy');
  const header = V4_DIAGRAM.split('\n').slice(0, 2);

  it('names a spinlock step by its call and argument, and quotes a long line cut short', () => {
    const long = `spin_lock_private(${'a'.repeat(10_000)})`;
    const r = importDiagram(m, [...header, `${' '.repeat(31)}| |- ${long}`, `${' '.repeat(31)}| |- ${long}`].join('\n'));
    const message = r.problems.find((p) => p.line === 4)?.message ?? '';
    expect(message).toMatch(/^T2 has no spin_lock\(&private_lock\) step left here \(\|- spin_lock_private\(a+\.\.\.\)$/);
    expect(message.length).toBeLessThan(200);
  });
});
