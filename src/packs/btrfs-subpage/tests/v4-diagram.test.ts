// The v4 commit message's diagram (v4-diagram.ts), read by the import in each shape a
// kernel developer may paste it: flattened as the archive gives it, line-broken,
// tab-compressed by an editor; and the import's size cap, on the diagram padded to it.
// The diagram is this family's literature, so its tests live here; kernel-text's own
// tests use exported diagrams of every pack and made-up text.

import { describe, expect, it } from 'vitest';
import { expandWhole, unexpandAll } from '../../../../tests/unit/unexpand';
import { replay } from '../../../engine';
import { importDiagram, MAX_IMPORT_LENGTH, parseDiagram } from '../../../kernel-text';
import { variantIds } from '../../index';
import { model } from './helpers';
import { V4_DIAGRAM, V4_FLATTENED, V4_TABBED } from './v4-diagram';

describe('the v4 diagram as read', () => {
  it('the v4 diagram, both shapes, reads as before', () => {
    const flat = parseDiagram(V4_FLATTENED);
    const rows = parseDiagram(V4_DIAGRAM);
    if ('error' in flat || 'error' in rows) throw new Error('no diagram');
    expect(flat.flattened).toBe(true);
    expect(flat.threads).toEqual([1, 2]);
    // Name, thread, title and column of every item, as the regex reading gave them.
    expect(flat.lines.map((l) => [l.name, l.title, l.column])).toEqual([
      ['alloc_extent_buffer', true, 385],
      ['btrfs_release_extent_buffer_pages', true, 409],
      ['find_or_create_page', false, 452],
      ['attach_extent_buffer_page', false, 481],
      ['detach_extent_buffer_page', false, 520],
      ['page_range_has_eb', false, 560],
      [null, true, 587],
      [null, true, 625],
      [null, true, 659],
      ['btrfs_detach_subpage', false, 692],
      ['detach_page_private', false, 722],
      ['radix_tree_insert', false, 748],
    ]);
    expect(rows.lines.map((l) => [l.line, l.thread, l.name, l.column])).toEqual([
      [3, 1, 'alloc_extent_buffer', 1],
      [3, 2, 'btrfs_release_extent_buffer_pages', 34],
      [4, 1, 'find_or_create_page', 8],
      [4, 2, null, 34],
      [5, 1, 'attach_extent_buffer_page', 4],
      [5, 2, null, 34],
      [6, 1, null, 1],
      [6, 2, 'detach_extent_buffer_page', 37],
      [7, 1, null, 1],
      [7, 2, 'page_range_has_eb', 45],
      [8, 1, null, 1],
      [8, 2, null, 37],
      [9, 1, null, 1],
      [9, 2, null, 37],
      [10, 1, null, 1],
      [10, 2, null, 37],
      [11, 1, null, 1],
      [11, 2, 'btrfs_detach_subpage', 40],
      [12, 1, null, 1],
      [12, 2, 'detach_page_private', 43],
      [13, 1, 'radix_tree_insert', 4],
    ]);
  });
});

describe('unexpand -a on the v4 diagram', () => {
  it('gives what the real tool gave', () => {
    expect(unexpandAll(V4_DIAGRAM)).toBe(V4_TABBED);
  });
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

// The refusal past the cap is read before any of the text, so kernel-text's own
// limits.test.ts covers it for every diagram; here, the commit message's diagram padded
// to exactly the cap still reads as its interleaving.
describe('the size cap', () => {
  const m = model('seed', 'racy');
  const padded = (length: number) => V4_DIAGRAM + '\n'.repeat(length - V4_DIAGRAM.length);

  it('reads the v4 diagram padded to exactly the cap', () => {
    const r = importDiagram(m, padded(MAX_IMPORT_LENGTH));
    expect(r.ok).toBe(true);
  });
});
