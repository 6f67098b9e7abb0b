// Scenario endio-reader (RACE.md section 8) as the contract's ScenarioDef: the v5.14
// race of the same family. eb_refs closed the allocation path; this reader path stayed
// open until v5.14, because eb_refs counts ebs, not users of the subpage.

import type { EngineState, Model, Tid } from '../../../engine';
import type { PresetDef, RaceWindowDef, ScenarioDef } from '../../contract';
import { all, rest, runThrough } from '../../presets';
import { breakIt, useFreedSubpage } from '../challenges';
import { invariants } from '../model/invariants';
import { locksOf, summarize } from '../model/model';
import { ENDIO_T2_INFERRED } from '../model/sources';
import type { BtrfsKernel, EndioVariant } from '../model/state';
import { kernelKey } from '../model/state';
import { endioProgram } from './endio';
import { freeProgram } from './free';
import { endioKernel } from './initial';
import { i5 } from './invariants';
import { ENDIO_VARIANTS, FIX_PATCH, READERS_COMMIT } from './variants';
import { ENDIO_READER_1 } from './shipped';

function buildEndio(variant: EndioVariant): Model<BtrfsKernel> {
  const t1 = endioProgram(variant);
  const threads = [t1, freeProgram(variant)];
  return {
    scenario: 'endio-reader',
    variant,
    locks: locksOf(threads),
    threads,
    initial: endioKernel(variant),
    invariants: invariants(variant, [i5(variant, t1)]),
    kernelKey,
    summarize: summarizeEndio,
  };
}

/** The allocation scenarios' summary, plus the range still locked and T1's fault. */
function summarizeEndio(s: EngineState<BtrfsKernel>): string {
  const parts = [summarize(s)];
  const k = s.kernel;
  const S = k.subpages.S;
  if (S?.readers !== undefined && !S.freed) parts.push(`S->readers ${S.readers}`);
  if (k.extent_locked) parts.push("B's range still EXTENT_LOCKED");
  const fault = s.threads[0]?.locals.fault;
  if (fault === 'NULL') parts.push('T1: NULL pointer dereference in btrfs_subpage_set_uptodate() (BUG() on its ASSERT with CONFIG_BTRFS_ASSERT=y)');
  if (fault === 'use-after-free')
    parts.push('T1: use-after-free of S in btrfs_subpage_set_uptodate() (BUG() on its ASSERT with CONFIG_BTRFS_ASSERT=y; without it usually silent corruption, not an Oops)');
  return parts.join('; ');
}

/** T1 up to the point the commit message shows it at: past its PagePrivate test where it has one. */
const t1Committed = (m: Model<unknown>): Tid[] =>
  runThrough(m, 1, m.threads[0]?.steps.some((s) => s.op === 'test_page_private') ? 'test_page_private' : 'release_extent_buffer');

const PRESETS: readonly PresetDef[] = [
  {
    // RACE.md 8's table: T1 through its test (or its release, where there is no test);
    // T2 entire; T1 loads page->private after the detach.
    id: 'commit-message',
    label: "the commit message's interleaving",
    prefix: (m) => {
      const t1 = t1Committed(m);
      return [...t1, ...all(m, 2), ...rest(m, 1, t1.length)];
    },
  },
  {
    // T1 loads S first; T2 then frees it under T1's feet.
    id: 'load-then-free',
    label: 'T1 loads page->private, then T2 frees S',
    prefix: (m) => {
      const t1 = runThrough(m, 1, 'load_page_private');
      return [...t1, ...all(m, 2), ...rest(m, 1, t1.length)];
    },
  },
  {
    // "2 11111111 2222222222": T2 drops first, T1 frees B itself.
    id: 'test-order',
    label: 'T2 drops first (the order the test was written for)',
    prefix: (m) => [2, ...all(m, 1), ...rest(m, 2, 1)],
  },
  { id: 't1-then-t2', label: 'T1 then T2', prefix: (m) => [...all(m, 1), ...all(m, 2)] },
];

/**
 * The windows of RACE.md 8's known truths. eb_refs: T2 drops its reference first, so T1
 * later frees B and S itself, or T2 detaches S while T1 has dropped its reference but not
 * yet used the subpage. private_check: T2 detaches S after T1's PagePrivate test passed
 * and before its use. readers catches both of eb_refs' (its checks see readers 4).
 */
const T1_HOLDS_LAST: RaceWindowDef = {
  thread: 2,
  from: 'free_extent_buffer',
  to: null,
  label: 'T2 has dropped its reference: T1 holds the last one',
  check: { thread: 1, op: 'release_extent_buffer' },
};
const T1_TO_USE = (from: string): RaceWindowDef => ({
  thread: 1,
  from,
  to: 'btrfs_subpage_set_uptodate',
  label: from === 'test_page_private' ? 'its PagePrivate test passed, S still to be used' : 'T1 dropped its reference, S still to be used',
  check: { thread: 2, op: 'btrfs_detach_subpage' },
});

function endioWindows(variant: string): RaceWindowDef[] {
  if (variant === 'private_check') return [T1_TO_USE('test_page_private')];
  const windows = [T1_HOLDS_LAST, T1_TO_USE('free_extent_buffer')];
  return variant === 'readers' ? windows.map((w) => ({ ...w, raceIn: 'eb_refs' })) : windows;
}

export const ENDIO_READER: ScenarioDef = {
  id: 'endio-reader',
  title: 'endio-reader: a metadata read ends as its eb is freed (v5.14)',
  blurb:
    "T1, the end_io of eb B's read, updates the sector bitmaps through page->private in end_page_read() while T2 drops B's last reference and detach_extent_buffer_page() frees the subpage. eb_refs counts ebs, not users of the subpage: v5.14 made page_range_has_eb() also check subpage->readers.",
  intro: `Nothing has run yet. eb_refs closed the allocation path (scenario seed), but a reader path stayed open until v5.14. A metadata read of eb B, the only eb in page P, has completed, and T1 is its end_io: B is still under IO (io_pages 1) and its range EXTENT_LOCKED. B is STALE with two references: TREE_REF's, and one that T2 is about to drop with free_extent_buffer(). page->private points at S, eb_refs 1. ${ENDIO_T2_INFERRED} That v5.12 had this bug is inferred too: v5.12 mounted subpage filesystems read-only, and the fix's Fixes: tag blames a 5.14-cycle commit.`,
  variants: ENDIO_VARIANTS,
  presets: PRESETS,
  threadLabels: { 1: "B's end_io", 2: 'eb B, inferred caller' },
  links: [FIX_PATCH, READERS_COMMIT],
  windows: endioWindows,
  // v5.12's code (and the 2021 tree's) can be made to use a freed subpage; v5.14's is to be broken, if it can be.
  challenge: (variant) => (variant === 'readers' ? breakIt : useFreedSubpage),
  model: (variant) => buildEndio(variant as EndioVariant),
  shipped: { lists: { '0pvfjvk': ENDIO_READER_1 } },
};
