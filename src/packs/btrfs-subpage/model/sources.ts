// Where each modelled step comes from (RACE.md section 1).
import type { StepSource } from '../../../engine';
import type { Variant } from './state';

export const V512: StepSource = { ref: 'fs/btrfs/extent_io.c, v5.12' };
export const V4_UNDER_ALLOC: StepSource = { ref: 'v4 06/18 (2021-01-16), under_alloc' };
export const V5_EB_REFS: StepSource = { ref: 'v5.12, commit 8ff8466d29ef (eb_refs)' };
export const RACY: StepSource = { ref: 'v4 06/18 without the under_alloc hunks', inferred: true };

/** The source of a step whose code is the radix-tree check of v4 (racy and under_alloc). */
export function v4Check(variant: Variant): StepSource {
  return variant === 'racy' ? RACY : V4_UNDER_ALLOC;
}
