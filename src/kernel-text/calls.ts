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

/**
 * How a diagram writes a step whose op id is not itself a kernel function: the call the
 * step models, so the text reads as kernel code (parse.ts maps each back to its op).
 * Every other op id is the name of the function the step calls.
 */
export const CALL_TEXT: Readonly<Record<string, string>> = {
  alloc_eb: '__alloc_extent_buffer()',
  // Short forms of &mapping->private_lock and &fs_info->buffer_lock keep two columns
  // within a mail's width.
  spin_lock_private: 'spin_lock(&private_lock)',
  spin_unlock_private: 'spin_unlock(&private_lock)',
  spin_lock_buffer: 'spin_lock(&buffer_lock)',
  spin_unlock_buffer: 'spin_unlock(&buffer_lock)',
  atomic_dec_and_test: 'atomic_dec_and_test(&eb->refs)',
  page_range_has_eb: 'if (!page_range_has_eb())',
};

/** The text of a step's line in a diagram. */
export function callText(op: string): string {
  return CALL_TEXT[op] ?? `${op}()`;
}

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
