// RACE.md section 6. I2 (a bad dereference) is reported by the step that dereferences
// (ops.ts derefPrivate); the others are checked on every state the engine produces.

import type { EngineState, Invariant } from '../../../engine';
import { hasMember } from './layout';
import type { AnyVariant, BtrfsKernel, ExtentBuffer } from './state';
import { EB_NAMES, hasFlag, SUBPAGE_IDS } from './state';

type S = EngineState<BtrfsKernel>;

function mappedEbs(k: BtrfsKernel): ExtentBuffer[] {
  const out: ExtentBuffer[] = [];
  for (const name of EB_NAMES) {
    const eb = k.ebs[name];
    if (eb && !hasFlag(eb, 'UNMAPPED')) out.push(eb);
  }
  return out;
}

function inRadix(k: BtrfsKernel, eb: ExtentBuffer): boolean {
  for (const slot in k.buffer_radix) if (k.buffer_radix[slot as unknown as number] === eb.name) return true;
  return false;
}

/**
 * I1: every mapped eb in the radix tree or attached has PagePrivate and a live subpage.
 * A break names the eb, page->private and the freed subpage, for the picture to point at.
 */
function checkI1(s: S): { message: string; objects: string[] } | null {
  const k = s.kernel;
  const p = k.page;
  const sp = p.private ? k.subpages[p.private] : undefined;
  const ok = p.PG_private && !!sp && !sp.freed;
  if (ok) return null;
  for (const eb of mappedEbs(k)) {
    const tree = inRadix(k, eb);
    if (!tree && !eb.attached) continue;
    const where = tree ? 'is in buffer_radix' : 'is attached to page P';
    const why = !p.PG_private ? 'PagePrivate is clear' : `its subpage ${p.private} is freed`;
    const message = `eb ${eb.name} ${where} but ${why} (page->private = ${p.private ?? 0})`;
    return { message, objects: [eb.name, 'P.private', ...(p.private ? [p.private] : [])] };
  }
  return null;
}

/** I3: eb_refs is never negative; with private_lock free, it counts exactly the attached mapped ebs. */
function checkI3(s: S): string | null {
  const k = s.kernel;
  const p = k.page;
  const sp = p.private ? k.subpages[p.private] : undefined;
  if (sp && sp.eb_refs === undefined) return null; // not the eb_refs variant
  const refs = sp && !sp.freed ? (sp.eb_refs ?? 0) : 0;
  // "Never negative" holds at every step, inside private_lock too (RACE.md section 6).
  if (refs < 0) return `eb_refs is ${refs}`;
  if (s.locks.private_lock) return null;
  const attached = mappedEbs(k).filter((eb) => eb.attached).length;
  if (refs !== attached) return `eb_refs is ${refs} but ${attached} mapped eb(s) are attached`;
  return null;
}

/** I4: at the end, every subpage ever allocated is attached or freed. */
function checkI4(s: S): string | null {
  const k = s.kernel;
  for (const id of SUBPAGE_IDS) {
    const sp = k.subpages[id];
    if (sp && !sp.freed && k.page.private !== id) return `subpage ${id} is neither attached nor freed: leaked`;
  }
  return null;
}

const I1 = 'every mapped eb in buffer_radix or attached has PagePrivate and a live subpage';
const I2 = 'no step dereferences page->private when it is 0 or points at a freed subpage';
const I3 = 'eb_refs equals the number of attached mapped ebs (checked with private_lock free), and is never negative';
const I4 = 'every subpage allocated is attached or freed at the end';

/**
 * I1-I4 for a variant (I3 wherever its struct has eb_refs), then the scenario's own
 * (endio-reader's I5).
 */
export function invariants(variant: AnyVariant, own: readonly Invariant<BtrfsKernel>[] = []): Invariant<BtrfsKernel>[] {
  const list: Invariant<BtrfsKernel>[] = [
    { id: 'I1', title: I1, when: 'always', check: checkI1 },
    // Broken by the dereferencing step itself (ops.ts derefPrivate), not by a check.
    { id: 'I2', title: I2, when: 'step' },
  ];
  if (hasMember(variant, 'eb_refs')) list.push({ id: 'I3', title: I3, when: 'always', check: checkI3 });
  list.push({ id: 'I4', title: I4, when: 'end', check: checkI4 }, ...own);
  return list;
}
