// The geometry of RACE.md section 3: a 64K page, 4K sectors, 16K nodes, and the
// buffer_radix keys in sector units (since v5.11).

export const PAGE_SIZE = 0x10000;
export const SECTOR_SIZE = 0x1000;
export const NODE_SIZE = 0x4000;
export const SECTORS_PER_PAGE = PAGE_SIZE / SECTOR_SIZE; // 16
export const SECTORS_PER_NODE = NODE_SIZE / SECTOR_SIZE; // 4
/** radix_tree_gang_lookup() asks for up to PAGE_SIZE / nodesize entries. */
export const GANG_LOOKUP_MAX = PAGE_SIZE / NODE_SIZE; // 4
/** RADIX_TREE_MAP_SHIFT: 64 slots per node. */
export const RADIX_TREE_MAP_SHIFT = 6;
export const RADIX_TREE_MAP_SIZE = 1 << RADIX_TREE_MAP_SHIFT;

/** Page P of the scenarios: index 481 in the btree inode. */
export const PAGE_P_START = 0x1e10000;

export const pageIndex = (bytenr: number): number => Math.floor(bytenr / PAGE_SIZE);
export const radixKey = (bytenr: number): number => Math.floor(bytenr / SECTOR_SIZE);
export const pageOffset = (bytenr: number): number => bytenr % PAGE_SIZE;
export const firstSector = (bytenr: number): number => pageOffset(bytenr) / SECTOR_SIZE;

/** The u16 bitmap of the sectors an eb covers, as btrfs_subpage's bitmaps use it. */
export function sectorBitmap(bytenr: number, len: number = NODE_SIZE): number {
  const first = firstSector(bytenr);
  const count = len / SECTOR_SIZE;
  return ((1 << count) - 1) << first;
}

/** Slot indices from the root down to the leaf, for a 3-level tree (key 7700 -> 1/56/20). */
export function radixPath(key: number, levels = 3): number[] {
  const path: number[] = [];
  for (let level = levels - 1; level >= 0; level--) {
    path.push((key >> (level * RADIX_TREE_MAP_SHIFT)) & (RADIX_TREE_MAP_SIZE - 1));
  }
  return path;
}

export const hex = (n: number): string => `0x${n.toString(16).toUpperCase()}`;
export const bitmap16 = (n: number): string => `0x${n.toString(16).padStart(4, '0')}`;
