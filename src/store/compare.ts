// The compare slice: two variants of the same scenario side by side, following the
// cursor. In the link when on (cmp=left~right); the pair resets to the scenario's first
// and last variants when the scenario changes (variants belong to a scenario).

import { variantIds } from '../packs';
import type { SliceCreator } from './store';

export interface CompareState {
  on: boolean;
  left: string;
  right: string;
}

export interface CompareSlice {
  compare: CompareState;
  setCompare(patch: Partial<CompareState>): void;
}

/** The default pair of a scenario: its first variant against its last. */
export function comparePair(scenario: string): Pick<CompareState, 'left' | 'right'> {
  const ids = variantIds(scenario);
  return { left: ids[0] ?? '', right: ids[ids.length - 1] ?? '' };
}

export const createCompareSlice =
  (scenario: string, initial: { left: string; right: string } | null = null): SliceCreator<CompareSlice> =>
  (set, get) => ({
    compare: initial ? { on: true, ...initial } : { on: false, ...comparePair(scenario) },
    setCompare: (patch) => set({ compare: { ...get().compare, ...patch } }),
  });
