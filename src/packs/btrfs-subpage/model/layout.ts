// struct btrfs_subpage as each variant's source has it, member by member and in order,
// so that the model allocates exactly these fields and the picture draws exactly these
// (RACE.md 5a: "draw struct btrfs_subpage with the fields that version had").
//
// - v4 03/18 created the struct with only `spinlock_t lock;`, 04/18 added an empty
//   union, 06/18 put `bool under_alloc;` in it. `u16 uptodate_bitmap;` came in 08/18 and
//   `u16 error_bitmap;` in 09/18, after the patch this variant cites.
// - The landed 8ff8466d29ef had `lock` and `union { atomic_t eb_refs; }` only; by the
//   v5.12 tag a1d767c11cca and 03a816b32be5 had added the two bitmaps, and 92082d40976e
//   a data-only `struct { atomic_t readers; }` in the union. Steps here cite v5.12, so
//   this is the v5.12 struct.
// - endio-reader's private_check cites the development tree the 2021-06-07 fix applies
//   to: dirty_bitmap and writeback_bitmap are common members there, and the union's
//   data half is { readers; writers; ordered_bitmap } (the fix's subpage.h context, and
//   6f17400bd92e). The fix (v5.14, readers) moves readers out of the union, as a common
//   member that metadata uses too.

import type { AnyVariant, BtrfsSubpage } from './state';

/** The members the model keeps a value for; `lock` and data-only members have none. */
export type SubpageField = 'uptodate_bitmap' | 'error_bitmap' | 'dirty_bitmap' | 'writeback_bitmap' | 'readers' | 'under_alloc' | 'eb_refs';

export interface SubpageMember {
  /** The C type as declared: "spinlock_t", "u16", "bool", "atomic_t". */
  type: string;
  name: string;
  /**
   * `common`: a member of the struct itself; `meta`: in the union, used by metadata;
   * `data`: in the union's data-only struct, never used for metadata pages (drawn as
   * a declaration, without a value).
   */
  place: 'common' | 'meta' | 'data';
  /** The field of BtrfsSubpage holding its value, when the model tracks one. */
  field?: SubpageField;
}

export interface SubpageLayout {
  /** Where this layout is read, e.g. "fs/btrfs/subpage.h, v5.12". */
  source: string;
  members: readonly SubpageMember[];
  inferred?: boolean;
}

const LOCK: SubpageMember = { type: 'spinlock_t', name: 'lock', place: 'common' };
const UPTODATE: SubpageMember = { type: 'u16', name: 'uptodate_bitmap', place: 'common', field: 'uptodate_bitmap' };
const ERROR: SubpageMember = { type: 'u16', name: 'error_bitmap', place: 'common', field: 'error_bitmap' };
const EB_REFS: SubpageMember = { type: 'atomic_t', name: 'eb_refs', place: 'meta', field: 'eb_refs' };
const DIRTY: SubpageMember = { type: 'u16', name: 'dirty_bitmap', place: 'common', field: 'dirty_bitmap' };
const WRITEBACK: SubpageMember = { type: 'u16', name: 'writeback_bitmap', place: 'common', field: 'writeback_bitmap' };
const DATA_WRITERS: SubpageMember = { type: 'atomic_t', name: 'writers', place: 'data' };
const DATA_ORDERED: SubpageMember = { type: 'u16', name: 'ordered_bitmap', place: 'data' };

const LAYOUTS: Readonly<Record<AnyVariant, SubpageLayout>> = {
  // v4 06/18 minus its subpage.h hunk: 04/18's struct, whose union is still empty.
  racy: { source: 'fs/btrfs/subpage.h, v4 06/18 without under_alloc', members: [LOCK], inferred: true },
  under_alloc: {
    source: 'fs/btrfs/subpage.h, v4 06/18',
    members: [LOCK, { type: 'bool', name: 'under_alloc', place: 'meta', field: 'under_alloc' }],
  },
  eb_refs: {
    source: 'fs/btrfs/subpage.h, v5.12',
    members: [LOCK, UPTODATE, ERROR, EB_REFS, { type: 'atomic_t', name: 'readers', place: 'data' }],
  },
  private_check: {
    source: 'fs/btrfs/subpage.h, before the 2021-06-07 fix',
    members: [LOCK, UPTODATE, ERROR, DIRTY, WRITEBACK, EB_REFS, { type: 'atomic_t', name: 'readers', place: 'data' }, DATA_WRITERS, DATA_ORDERED],
  },
  readers: {
    source: 'fs/btrfs/subpage.h, v5.14',
    members: [
      LOCK,
      UPTODATE,
      ERROR,
      DIRTY,
      WRITEBACK,
      { type: 'atomic_t', name: 'readers', place: 'common', field: 'readers' },
      EB_REFS,
      DATA_WRITERS,
      DATA_ORDERED,
    ],
  },
};

export function subpageLayout(variant: AnyVariant): SubpageLayout {
  return LAYOUTS[variant];
}

/** The fields a freshly kzalloc()ed subpage of this variant has, all zero. */
export function zeroedFields(variant: AnyVariant): Partial<Pick<BtrfsSubpage, SubpageField>> {
  const out: Record<string, number | boolean> = {};
  for (const m of LAYOUTS[variant].members) if (m.field) out[m.field] = m.type === 'bool' ? false : 0;
  return out as Partial<Pick<BtrfsSubpage, SubpageField>>;
}

/** Does this variant's struct have the member? */
export function hasMember(variant: AnyVariant, field: SubpageField): boolean {
  return LAYOUTS[variant].members.some((m) => m.field === field);
}
