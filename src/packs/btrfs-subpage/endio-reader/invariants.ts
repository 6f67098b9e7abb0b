// I5 of RACE.md section 8, on top of I1-I4 (I3 in every variant: all three structs have
// eb_refs).

import type { EngineState, Invariant, ThreadProgram } from '../../../engine';
import type { BtrfsKernel, EndioVariant } from '../model/state';

const I5 = "while T1 is committed to use the subpage, page->private stays set and points at the same live subpage";

/** T1's last access to the subpage: set_uptodate, or end_reader where it counts as a reader. */
const lastAccess = (variant: EndioVariant): string => (variant === 'readers' ? 'btrfs_subpage_end_reader' : 'btrfs_subpage_set_uptodate');

/**
 * T1 is committed from its start (from a passed PagePrivate test in private_check) until
 * its last access has run. The check fails at the step that detaches S meanwhile: T2's
 * btrfs_detach_subpage, or the one inside T1's own release_extent_buffer.
 */
export function i5(variant: EndioVariant, t1: ThreadProgram<BtrfsKernel>): Invariant<BtrfsKernel> {
  const last = t1.steps.findIndex((s) => s.op === lastAccess(variant));
  return {
    id: 'I5',
    title: I5,
    when: 'always',
    check: (s: EngineState<BtrfsKernel>) => {
      const t = s.threads[0];
      if (!t || t.pc > last) return null;
      if (variant === 'private_check' && t.locals.passed !== true) return null;
      const p = s.kernel.page;
      const S = s.kernel.subpages.S;
      if (p.PG_private && p.private === 'S' && S && !S.freed) return null;
      const message = `T1 is committed to use subpage S until its ${lastAccess(variant)}(), but page->private is ${p.private ?? 0}${S?.freed ? ' and S is kfree()d' : ''}`;
      // What the picture points at: the eb T1 reads, the pointer, and S.
      return { message, objects: ['B', 'P.private', 'S'] };
    },
  };
}
