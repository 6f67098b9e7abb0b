// The call nesting the diagrams draw. A step's `fn` names the kernel function it sits
// in; this table says who calls that function on the paths the scenarios model, so a
// diagram can indent T2's steps under detach_extent_buffer_page() as the v4 commit
// message does (RACE.md section 5: free_extent_buffer_stale -> release_extent_buffer ->
// btrfs_release_extent_buffer_pages -> detach_extent_buffer_page; v5.12 extent_io.c).

import type { StepDef } from '../engine';

export const CALLER: Readonly<Record<string, string>> = {
  btrfs_release_extent_buffer_pages: 'release_extent_buffer',
  detach_extent_buffer_page: 'btrfs_release_extent_buffer_pages',
  page_range_has_eb: 'detach_extent_buffer_page',
  attach_extent_buffer_page: 'alloc_extent_buffer',
};

/** The chain of functions from a thread's entry point down to `fn`, outermost first. */
export function callPath(fn: string): string[] {
  const out = [fn];
  const seen = new Set(out);
  let at = CALLER[fn];
  while (at !== undefined && !seen.has(at)) {
    out.unshift(at);
    seen.add(at);
    at = CALLER[at];
  }
  return out;
}

/**
 * The open frames a step's line sits under. A step that *is* a call of its function
 * (op === fn, e.g. attach_extent_buffer_page) is drawn as a line inside its caller.
 */
export function framesOf(def: Pick<StepDef<unknown>, 'op' | 'fn'>): string[] {
  if (def.op !== def.fn) return callPath(def.fn);
  const caller = CALLER[def.fn];
  return caller === undefined ? [] : callPath(caller);
}

/**
 * Calls a diagram may show inside a step, and the step (op id) they belong to: the
 * v4 diagram writes detach_page_private() under btrfs_detach_subpage().
 */
export const INNER_CALLS: Readonly<Record<string, string>> = {
  detach_page_private: 'btrfs_detach_subpage',
  btrfs_free_subpage: 'btrfs_detach_subpage',
  attach_page_private: 'attach_extent_buffer_page',
  radix_tree_gang_lookup: 'page_range_has_eb',
  __alloc_extent_buffer: 'alloc_eb',
  btrfs_release_extent_buffer_rcu: 'call_rcu',
};

/** Entry points a diagram may name as a thread's title, which are no step of their own. */
export const TITLES: ReadonlySet<string> = new Set([
  'alloc_extent_buffer',
  'free_extent_buffer',
  'free_extent_buffer_stale',
  'release_extent_buffer',
  'btrfs_release_extent_buffer_pages',
  'read_extent_buffer_pages',
  'read_extent_buffer_subpage',
]);
