// What T2's detach_extent_buffer_page() costs in one run, counted from the engine's
// events (Josef Bacik, 2021-01-20: counting attached ebs "saves a radix-tree lookup per
// release"). Nothing here is hard-coded per variant: it reads what the steps did.

import type { EngineState, Run } from '../../engine';
import type { BtrfsKernel } from '../../scenarios';
import type { SubpageId } from '../../scenarios/btrfs/state';

type K = BtrfsKernel;

/** The kernel functions whose steps make up the release's page detach. */
const DETACH_FNS = new Set(['detach_extent_buffer_page', 'page_range_has_eb']);

export interface GangLookup {
  /** The first key asked for, how many entries at most, and the ebs found in the page. */
  key: number;
  max: number;
  found: readonly string[];
}

export interface DetachCost {
  lookups: GangLookup[];
  /** Locks taken while the same thread held another spinlock: "buffer_lock inside private_lock". */
  nested: string[];
  /** atomic_dec / atomic_inc of eb_refs, and atomic_read of it (in page_range_has_eb). */
  ebRefsDec: number;
  ebRefsRead: number;
  /** Plain reads of under_alloc. */
  underAllocRead: number;
  /** Steps the detach took. */
  steps: number;
}

export function detachCost(run: Run<K>, spinLocks: ReadonlySet<string>): DetachCost {
  const cost: DetachCost = { lookups: [], nested: [], ebRefsDec: 0, ebRefsRead: 0, underAllocRead: 0, steps: 0 };
  let before: EngineState<K> = run.initial;
  for (const f of run.frames) {
    if (DETACH_FNS.has(f.def.fn)) {
      cost.steps++;
      const held = Object.entries(before.locks)
        .filter(([name, h]) => h?.owner === f.thread && spinLocks.has(name))
        .map(([name]) => name);
      for (const e of f.events) {
        if (e.kind === 'radix' && e.op === 'gang_lookup') {
          cost.lookups.push({ key: e.key, max: e.count ?? 0, found: e.found ?? [] });
        } else if (e.kind === 'lock' && e.op === 'acquire' && e.thread === f.thread) {
          for (const outer of held) if (outer !== e.lock) cost.nested.push(`${e.lock} inside ${outer}`);
        } else if (e.kind === 'set' && e.obj === 'subpage' && e.field === 'eb_refs') {
          if (Number(e.to) < Number(e.from)) cost.ebRefsDec++;
        } else if (e.kind === 'deref' && e.ok && e.ptr && f.op === 'page_range_has_eb') {
          // page_range_has_eb() dereferenced the subpage: to read the variant's field.
          const sp = before.kernel.subpages[e.ptr as SubpageId];
          if (sp?.eb_refs !== undefined) cost.ebRefsRead++;
          if (sp?.under_alloc !== undefined) cost.underAllocRead++;
        }
      }
    }
    before = f.state;
  }
  return cost;
}

/** One line per cost item, for the compare view. */
export function describeCost(c: DetachCost): string[] {
  const lines: string[] = [];
  if (c.lookups.length === 0) lines.push('no radix-tree lookup');
  for (const l of c.lookups) {
    const found = l.found.length ? `found ${l.found.join(', ')}` : 'found no eb in the page';
    lines.push(`radix_tree_gang_lookup(): up to ${l.max} entries from key ${l.key}; ${found}`);
  }
  if (c.nested.length === 0) lines.push('no nested lock');
  for (const n of c.nested) lines.push(`nested lock: ${n}`);
  if (c.ebRefsDec) lines.push(`atomic_dec(&eb_refs) x${c.ebRefsDec}`);
  if (c.ebRefsRead) lines.push(`atomic_read(&eb_refs) x${c.ebRefsRead}`);
  if (c.underAllocRead) lines.push(`read of under_alloc x${c.underAllocRead}`);
  return lines;
}
