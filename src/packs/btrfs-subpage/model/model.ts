// Builds the engine's Model for one scenario in one variant: the locks of RACE.md
// section 4, the thread programs, the invariants and the initial kernel state.

import type { EngineState, LockDef, Model, ThreadProgram } from '../../../engine';
import { invariants } from './invariants';
import type { BtrfsKernel, Variant } from './state';
import { EB_NAMES, kernelKey, SUBPAGE_IDS } from './state';

/**
 * RACE.md section 4. The RCU read side excludes no one here: the locks panel shows it
 * as a note (the pack's lockNotes), not as a lock.
 */
export const LOCKS: Readonly<Record<string, LockDef>> = {
  page_lock: {
    kind: 'sleep',
    label: 'the page lock',
    name: 'PG_locked',
    note: 'lock_page() in find_or_create_page(); a waiter sleeps',
  },
  private_lock: {
    kind: 'spin',
    label: 'private_lock',
    name: 'mapping->private_lock',
    note: 'guards PagePrivate and page->private',
  },
  buffer_lock: { kind: 'spin', label: 'buffer_lock', name: 'fs_info->buffer_lock', note: 'guards buffer_radix updates' },
  refs_lock: { kind: 'spin', label: "B's refs_lock", name: 'B->refs_lock', note: 'eb->refs_lock of eb B' },
  // check_buffer_tree_ref() of a new eb takes that eb's own refs_lock; nobody else
  // takes it in these scenarios (RACE.md section 4).
  refs_lock_A: { kind: 'spin', label: "A's refs_lock", name: 'A->refs_lock', note: "eb->refs_lock of eb A, inside check_buffer_tree_ref(); nobody contends for it" },
  refs_lock_C: { kind: 'spin', label: "C's refs_lock", name: 'C->refs_lock', note: "eb->refs_lock of eb C, inside check_buffer_tree_ref(); nobody contends for it" },
  // endio-reader (RACE.md section 8): taken only inside single steps, by T1 alone.
  subpage_lock: {
    kind: 'spin',
    label: "S's lock",
    name: 'S->lock',
    note: 'subpage->lock, taken by the btrfs_subpage_* bitmap helpers; nothing orders end_page_read() against the detach with it',
  },
  io_tree_lock: {
    kind: 'spin',
    label: "the io_tree's lock",
    name: 'io_tree->lock',
    note: "the btree inode's extent_io_tree lock, inside unlock_extent_cached_atomic()",
  },
};

/** The locks some step of these threads takes, holds or drops, in LOCKS order. */
export function locksOf(threads: readonly ThreadProgram<BtrfsKernel>[]): Record<string, LockDef> {
  const used = new Set<string>();
  for (const t of threads) for (const s of t.steps) for (const l of [...(s.takes ?? []), ...(s.holds ?? []), ...(s.drops ?? [])]) used.add(l);
  const out: Record<string, LockDef> = {};
  for (const [id, def] of Object.entries(LOCKS)) if (used.has(id)) out[id] = def;
  return out;
}

export interface ScenarioSpec {
  id: string;
  initial: (variant: Variant) => BtrfsKernel;
  threads: (variant: Variant) => ThreadProgram<BtrfsKernel>[];
}

export function buildModel(spec: ScenarioSpec, variant: Variant): Model<BtrfsKernel> {
  const threads = spec.threads(variant);
  return {
    scenario: spec.id,
    variant,
    locks: locksOf(threads),
    threads,
    initial: spec.initial(variant),
    invariants: invariants(variant),
    kernelKey,
    summarize,
  };
}

/** One line per distinct ending: where page->private points, what is in the tree, who died. */
export function summarize(s: EngineState<BtrfsKernel>): string {
  const k = s.kernel;
  const p = k.page;
  const parts = [
    `page->private = ${p.private ?? 0}${p.PG_private ? '' : ' (no PagePrivate)'}, refcount ${p.refcount}`,
  ];
  const tree = Object.keys(k.buffer_radix)
    .map((key) => `${k.buffer_radix[Number(key)]}@${key}`)
    .join(' ');
  parts.push(`buffer_radix: ${tree || 'empty'}`);
  const subs = SUBPAGE_IDS.filter((id) => k.subpages[id]).map((id) => {
    const sp = k.subpages[id];
    const state = sp?.freed ? 'freed' : p.private === id ? 'attached' : 'leaked';
    const extra = sp?.eb_refs !== undefined && !sp.freed ? ` eb_refs=${sp.eb_refs}` : '';
    return `${id} ${state}${extra}`;
  });
  parts.push(`subpages: ${subs.join(', ')}`);
  const ebs = EB_NAMES.filter((n) => k.ebs[n]).map((n) => `${n} refs=${k.ebs[n]?.refs}`);
  parts.push(`ebs: ${ebs.join(' ')}`);
  const dead = s.threads.map((t, i) => (t.status === 'oops' ? `T${i + 1}` : null)).filter(Boolean);
  if (dead.length) parts.push(`Oops in ${dead.join(', ')}`);
  return parts.join('; ');
}
