// The kernel state the btrfs model runs on, as plain data (RACE.md section 3).

export type EbName = 'A' | 'B' | 'C';
/** S: the subpage page P starts with; S' and S'' are T1's and T3's preallocations. */
export type SubpageId = 'S' | "S'" | "S''";
export const SUBPAGE_IDS: readonly SubpageId[] = ['S', "S'", "S''"];
export const EB_NAMES: readonly EbName[] = ['A', 'B', 'C'];

/** EXTENT_BUFFER_* bits the model uses, in the kernel's enum order. */
export const EB_FLAGS = ['UPTODATE', 'TREE_REF', 'STALE', 'UNMAPPED', 'IN_TREE'] as const;
export type EbFlag = (typeof EB_FLAGS)[number];

/** Where an eb is in its life, for the picture. */
export type EbLife = 'unallocated' | 'allocating' | 'live' | 'released' | 'freed';

export interface ExtentBuffer {
  name: EbName;
  start: number;
  len: number;
  refs: number;
  /** Set flags, always in EB_FLAGS order. */
  flags: readonly EbFlag[];
  /** eb->pages[0] holds page P (and a page reference). */
  pages0: boolean;
  /** From its finished attach until its release's detach step (RACE.md I1, I3). */
  attached: boolean;
  life: EbLife;
  /** eb->io_pages: pages of a read still in flight (scenario endio-reader only). */
  io_pages?: number;
}

/**
 * The fields a subpage has are those of its variant's struct (layout.ts): v4 06/18's
 * struct has no bitmaps, for instance. A field the variant lacks is absent.
 */
export interface BtrfsSubpage {
  id: SubpageId;
  /** kfree()d: a pointer to it is dangling. */
  freed: boolean;
  uptodate_bitmap?: number;
  error_bitmap?: number;
  /** Variant under_alloc only. */
  under_alloc?: boolean;
  /** Variant eb_refs only (atomic_t: it may legitimately return to 0). */
  eb_refs?: number;
  /** Common members from the 2021 development tree on (endio-reader's private_check and readers). */
  dirty_bitmap?: number;
  writeback_bitmap?: number;
  /** A common member in v5.14 (variant readers); data-only, and not tracked, before. */
  readers?: number;
}

export interface PageState {
  index: number;
  start: number;
  /** PG_private (PagePrivate). */
  PG_private: boolean;
  /** page->private: the subpage it points to, or null for 0. */
  private: SubpageId | null;
  /** 1 for the page cache, +1 per eb holding the page, +1 while PagePrivate is set. */
  refcount: number;
}

export interface BtrfsKernel {
  page: PageState;
  /** Subpages that have been allocated, freed ones included (shown as freed). */
  subpages: Readonly<Partial<Record<SubpageId, BtrfsSubpage>>>;
  ebs: Readonly<Partial<Record<EbName, ExtentBuffer>>>;
  /** fs_info->buffer_radix: key (bytenr >> 12) -> eb. */
  buffer_radix: Readonly<Record<number, EbName>>;
  /**
   * The range EXTENT_LOCKED in the btree inode's io_tree, [start, end] inclusive, or
   * null once unlocked. Only scenario endio-reader tracks it (absent elsewhere).
   */
  extent_locked?: readonly [number, number] | null;
}

/** The variants of the allocation scenarios (RACE.md section 2). */
export type Variant = 'racy' | 'under_alloc' | 'eb_refs';
/** The variants of endio-reader (RACE.md section 8). */
export type EndioVariant = 'eb_refs' | 'private_check' | 'readers';
/** Every variant of the pack: what a struct layout or a source is keyed by. */
export type AnyVariant = Variant | EndioVariant;

export function hasFlag(eb: ExtentBuffer, flag: EbFlag): boolean {
  return eb.flags.includes(flag);
}

export function withFlag(flags: readonly EbFlag[], flag: EbFlag, on: boolean): EbFlag[] {
  return EB_FLAGS.filter((f) => (f === flag ? on : flags.includes(f)));
}

/** One character per life stage, for kernelKey. */
const LIFE_CODE: Readonly<Record<EbLife, string>> = { unallocated: 'u', allocating: 'a', live: 'l', released: 'r', freed: 'f' };

/** The set flags as a bitmask over EB_FLAGS, for kernelKey. */
function flagBits(flags: readonly EbFlag[]): number {
  let bits = 0;
  for (const f of flags) bits |= 1 << EB_FLAGS.indexOf(f);
  return bits;
}

/**
 * Compact and canonical: the explorer keys its memo on this, and a shorter key hashes
 * faster (it is built for thousands of states per exploration).
 */
export function kernelKey(k: BtrfsKernel): string {
  const p = k.page;
  let key = `${p.PG_private ? 1 : 0}${p.private ?? '-'}${p.refcount}`;
  // Fixed orders, not insertion order: two paths may allocate in different orders.
  for (const id of SUBPAGE_IDS) {
    const s = k.subpages[id];
    if (!s) continue;
    // Every field a subpage may have, whether its variant has it or not.
    key += `;${id}${s.freed ? 'x' : ''}${s.uptodate_bitmap ?? ''},${s.error_bitmap ?? ''},${s.under_alloc ? 1 : 0},${s.eb_refs ?? ''}`;
    key += `,${s.dirty_bitmap ?? ''},${s.writeback_bitmap ?? ''},${s.readers ?? ''}`;
  }
  for (const name of EB_NAMES) {
    const e = k.ebs[name];
    if (!e) continue;
    key += `;${name}${e.refs},${flagBits(e.flags)}${e.pages0 ? 1 : 0}${e.attached ? 1 : 0}${LIFE_CODE[e.life]}${e.io_pages ?? ''}`;
  }
  for (const slot in k.buffer_radix) key += `;${slot}${k.buffer_radix[slot as unknown as number]}`;
  if (k.extent_locked !== undefined) key += `;L${k.extent_locked ? k.extent_locked.join('-') : ''}`;
  return key;
}
