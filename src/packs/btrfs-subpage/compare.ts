// Compare mode's btrfs parts. The cost of T2's detach_extent_buffer_page() in one run,
// counted from the engine's events (Josef Bacik, 2021-01-20: counting attached ebs
// "saves a radix-tree lookup per release"); nothing is hard-coded per variant. And the
// kernel fields every variant has, so two variants' states can be compared step by step.

import type { EngineState, Run } from '../../engine';
import type { CompareModel } from '../contract';
import { isDeref, isRadix } from './model/events';
import { LOCKS } from './model/model';
import type { BtrfsKernel } from './model/state';
import { EB_NAMES, SUBPAGE_IDS } from './model/state';
import { hex } from './model/geometry';

type K = BtrfsKernel;

/** The kernel functions whose steps make up the release's page detach. */
const DETACH_FNS = new Set(['detach_extent_buffer_page', 'page_range_has_eb']);
const SPIN_LOCKS = new Set(Object.keys(LOCKS).filter((l) => LOCKS[l]?.kind === 'spin'));

export interface DetachCost {
  /** Gang lookups: the first key asked for, how many entries at most, the ebs found in the page. */
  lookups: { key: number; max: number; found: readonly string[] }[];
  /** Locks taken while the same thread held another spinlock: "buffer_lock inside private_lock". */
  nested: string[];
  ebRefsDec: number;
  /** atomic_read of eb_refs (in page_range_has_eb). */
  ebRefsRead: number;
  underAllocRead: number;
  steps: number;
}

export function detachCost(run: Run<K>): DetachCost {
  const cost: DetachCost = { lookups: [], nested: [], ebRefsDec: 0, ebRefsRead: 0, underAllocRead: 0, steps: 0 };
  let before: EngineState<K> = run.initial;
  for (const f of run.frames) {
    if (DETACH_FNS.has(f.def.fn)) {
      cost.steps++;
      const held = Object.entries(before.locks)
        .filter(([name, h]) => h?.owner === f.thread && SPIN_LOCKS.has(name))
        .map(([name]) => name);
      for (const e of f.events) {
        if (isRadix(e) && e.op === 'gang_lookup') {
          cost.lookups.push({ key: e.key, max: e.count ?? 0, found: e.found ?? [] });
        } else if (e.kind === 'lock' && e.op === 'acquire' && e.thread === f.thread) {
          for (const outer of held) if (outer !== e.lock) cost.nested.push(`${e.lock} inside ${outer}`);
        } else if (e.kind === 'set' && e.obj === 'subpage' && e.field === 'eb_refs') {
          if (Number(e.to) < Number(e.from)) cost.ebRefsDec++;
        } else if (isDeref(e) && e.ok && e.ptr && f.op === 'page_range_has_eb') {
          // page_range_has_eb() dereferenced the subpage: to read the variant's field.
          const sp = before.kernel.subpages[e.ptr];
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

/**
 * The kernel fields every variant has, as display strings: page->private, PG_private and
 * the refcount; each subpage's life; buffer_radix's slots; each eb's refs and flags.
 * (under_alloc and eb_refs exist in one variant each: the picture draws them, compare does not compare them.)
 */
export function commonFields(k: K): Array<[string, string]> {
  const out: Array<[string, string]> = [
    ['page->private', k.page.private ?? '0 (NULL)'],
    ['PG_private', k.page.PG_private ? 'set' : 'clear'],
    ['page refcount', String(k.page.refcount)],
  ];
  for (const id of SUBPAGE_IDS) {
    const sp = k.subpages[id];
    const life = !sp ? 'not allocated' : sp.freed ? 'freed' : k.page.private === id ? 'attached' : 'allocated, not attached';
    out.push([`subpage ${id}`, life]);
  }
  const slots = Object.keys(k.buffer_radix)
    .map(Number)
    .sort((a, b) => a - b)
    .map((key) => `${key}: ${k.buffer_radix[key]}`);
  out.push(['buffer_radix', slots.join(', ') || 'empty']);
  for (const name of EB_NAMES) {
    const eb = k.ebs[name];
    if (!eb) continue;
    out.push([`eb ${name} refs`, String(eb.refs)]);
    out.push([`eb ${name} flags`, eb.flags.join(' ') || '-']);
    if (eb.io_pages !== undefined) out.push([`eb ${name} io_pages`, String(eb.io_pages)]);
  }
  // endio-reader's kernels (the only ones with an io_tree range): every variant there
  // has eb_refs, so it is compared, and so is the range still locked.
  if (k.extent_locked !== undefined) {
    const S = k.subpages.S;
    out.push(['subpage S eb_refs', S && !S.freed ? String(S.eb_refs) : 'no live subpage']);
    out.push(['EXTENT_LOCKED', k.extent_locked ? `${hex(k.extent_locked[0])}-${hex(k.extent_locked[1])}` : 'none']);
  }
  return out;
}

export const COMPARE: CompareModel = {
  costTitle: "T2's detach_extent_buffer_page()",
  cost: (run) => describeCost(detachCost(run as Run<K>)),
  commonFields: (kernel) => commonFields(kernel as K),
};
