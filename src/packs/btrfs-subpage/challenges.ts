// The challenges of the btrfs family (challenge mode): the racy code asks the user to
// crash the allocator, the fixes to try to break them, and v5.12's endio path to make
// the endio use a subpage that was freed. Reached and said from the engine's run: the
// crash is the Oops (or the bad dereference a step reports), the break the first
// broken invariant.

import type { Frame, Run, Tid } from '../../engine';
import type { ChallengeDef } from '../contract';
import { isDeref } from './model/events';

/** The first step at which thread `tid` dies or dereferences what it must not. */
function crashOf(run: Run<unknown>, tid: Tid): Frame<unknown> | undefined {
  return run.frames.find((f) => f.thread === tid && f.events.some((e) => (e.kind === 'oops' && e.thread === tid) || (isDeref(e) && !e.ok)));
}

/** "T1 crashed at step 23 in btrfs_subpage_test_uptodate(): ..." */
function crashWords(f: Frame<unknown>): string {
  const oops = f.events.find((e) => e.kind === 'oops');
  const fault = f.violations.find((v) => v.step === f.step);
  const what = oops?.kind === 'oops' ? (oops.log[0] ?? 'an Oops') : (fault?.message ?? 'a bad dereference');
  return `T${f.thread} crashed at step ${f.step}: ${what}`;
}

export const crashT1: ChallengeDef = {
  goal: 'Make T1 crash.',
  reached: (run) => crashOf(run, 1)?.step ?? null,
  happened: (run, step) => {
    const f = run.frames[step - 1];
    return f ? crashWords(f) : '';
  },
};

export const breakIt: ChallengeDef = {
  goal: 'Try to break it: make any invariant fail.',
  reached: (run) => (run.outcome.verdict === 'bug' ? run.outcome.step : null),
  happened: (run, step) => (run.outcome.verdict === 'bug' ? `${run.outcome.invariant} broke at step ${step}: ${run.outcome.message}` : ''),
};

/** endio-reader: T1 uses S through the pointer it loaded after T2 freed S (not a NULL page->private). */
export const useFreedSubpage: ChallengeDef = {
  goal: 'Make the endio use a freed subpage.',
  reached: (run) => run.frames.find((f) => f.thread === 1 && f.events.some((e) => isDeref(e) && !e.ok && e.ptr !== null))?.step ?? null,
  happened: (run, step) => {
    const f = run.frames[step - 1];
    return f ? `At step ${step}, T1's ${f.def.fn}() takes the lock of a subpage T2 already freed: a use-after-free (with CONFIG_BTRFS_ASSERT=y its ASSERT fires first)` : '';
  },
};
