// The allocation scenarios' steps against the source each variant cites (RACE.md 5,
// 5a): the reader that meets page->private == 0 with both of its logs, the file and
// version of each step, and the calls as each version writes them.

import { describe, expect, it } from 'vitest';
import { presetSchedule } from '../../index';
import { ASSERT_HEADING, NO_ASSERT_HEADING } from '../model/oops';
import { model, run, VARIANT_IDS } from './helpers';

describe('the reader that meets page->private == 0 (RACE.md 5, last T1 row)', () => {
  it('is read_extent_buffer_subpage(), inferred in racy and under_alloc only', () => {
    for (const variant of VARIANT_IDS) {
      const step = model('seed', variant).threads[0]?.steps.at(-1);
      expect(step).toMatchObject({ op: 'btrfs_subpage_test_uptodate', fn: 'read_extent_buffer_subpage' });
      expect(step?.code.join('\n')).toContain('ASSERT(PagePrivate(page));');
      expect(!!step?.source.inferred, variant).toBe(variant !== 'eb_refs');
      expect(step?.narration).toContain('assertion failed: PagePrivate(page)');
      // Where it is inferred, the source names the patches it came from and the narration says so.
      if (variant !== 'eb_refs') {
        expect(step?.source.ref).toContain('v4 08/18');
        expect(step?.narration).toContain('Inferred: this reader came later in the series');
      }
    }
  });

  it('logs both consequences, headed by config, without invented registers or offsets', () => {
    const r = run(model('seed', 'racy'), presetSchedule('seed', 'racy', 'commit-message'));
    const oops = r.frames.flatMap((f) => f.events).find((e) => e.kind === 'oops');
    if (oops?.kind !== 'oops') throw new Error('no Oops');
    const log = oops.log;
    const a = log.indexOf(ASSERT_HEADING);
    const n = log.indexOf(NO_ASSERT_HEADING);
    expect(ASSERT_HEADING).toContain('with CONFIG_BTRFS_ASSERT=y');
    expect(NO_ASSERT_HEADING).toContain('without CONFIG_BTRFS_ASSERT');
    expect(a).toBeGreaterThan(0);
    expect(n).toBeGreaterThan(a);
    // ctree.h's assertfail(): pr_err("assertion failed: %s, in %s:%d\n", ...); BUG();
    expect(log.slice(a, n)).toContain('assertion failed: PagePrivate(page), in fs/btrfs/extent_io.c:<line>');
    expect(log.slice(n)).toContain('Unable to handle kernel NULL pointer dereference at virtual address 0000000000000000');
    expect(log.join('\n')).not.toMatch(/\+0x|x[0-9]+ *: [0-9a-f]{8}|ESR *=/);
    expect(r.final.threads[0]?.status).toBe('oops');
  });
});

describe('each variant cites its own source and file (RACE.md 5a)', () => {
  const refOf = (variant: string, tid: number, op: string) =>
    model('seed', variant).threads[tid - 1]?.steps.find((s) => s.op === op)?.source.ref;

  it('eb_refs: v5.12, extent_io.c or subpage.c per function', () => {
    expect(refOf('eb_refs', 1, 'attach_extent_buffer_page')).toBe('fs/btrfs/extent_io.c, v5.12');
    expect(refOf('eb_refs', 1, 'btrfs_alloc_subpage')).toBe('fs/btrfs/subpage.c, v5.12');
    expect(refOf('eb_refs', 1, 'btrfs_page_inc_eb_refs')).toBe('fs/btrfs/subpage.c, v5.12');
    expect(refOf('eb_refs', 2, 'btrfs_page_dec_eb_refs')).toBe('fs/btrfs/subpage.c, v5.12');
    expect(refOf('eb_refs', 2, 'btrfs_detach_subpage')).toBe('fs/btrfs/subpage.c, v5.12');
    expect(refOf('eb_refs', 2, 'page_range_has_eb')).toBe('fs/btrfs/extent_io.c, v5.12');
  });

  it('under_alloc: v4 06/18, with its static inlines in subpage.h', () => {
    expect(refOf('under_alloc', 1, 'btrfs_page_start_meta_alloc')).toBe('fs/btrfs/subpage.h, v4 06/18 (2021-01-16)');
    expect(refOf('under_alloc', 1, 'btrfs_alloc_subpage')).toBe('fs/btrfs/subpage.h, v4 06/18 (2021-01-16)');
    expect(refOf('under_alloc', 2, 'page_range_has_eb')).toBe('fs/btrfs/extent_io.c, v4 06/18 (2021-01-16)');
  });

  it("writes each variant's calls: v4's two-argument btrfs_alloc_subpage() and kfree(), grab_extent_buffer(fs_info, p)", () => {
    const code = (variant: string, op: string) =>
      model('seed', variant)
        .threads[0]?.steps.find((s) => s.op === op)
        ?.code.join('\n');
    for (const v of ['racy', 'under_alloc']) {
      expect(code(v, 'btrfs_alloc_subpage')).toBe('ret = btrfs_alloc_subpage(fs_info, &prealloc);');
      expect(code(v, 'attach_extent_buffer_page')).toContain('kfree(prealloc)');
    }
    expect(code('eb_refs', 'btrfs_alloc_subpage')).toBe('ret = btrfs_alloc_subpage(fs_info, &prealloc, BTRFS_SUBPAGE_METADATA);');
    expect(code('eb_refs', 'attach_extent_buffer_page')).toContain('btrfs_free_subpage(prealloc)');
    for (const v of VARIANT_IDS) expect(code(v, 'spin_lock_private')).toContain('grab_extent_buffer(fs_info, p)');
  });
});
