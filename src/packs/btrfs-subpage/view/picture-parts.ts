// What both presentations of the btrfs picture read off a frame: which thread works on
// which eb, and which objects a broken invariant concerns.

import type { EngineState, Frame } from '../../../engine';
import type { PictureProps } from '../../../ui/picture';
import type { BtrfsKernel } from '../model/state';

/** The eb each thread's program works on: "alloc_extent_buffer(A)" is T1's. */
export function ebOwners(threads: PictureProps['model']['threads']): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of threads) {
    const m = /\(([A-C])\)/.exec(t.title);
    if (m?.[1]) out[m[1]] = t.tid;
  }
  return out;
}

/** The objects a broken invariant concerns, from the engine's own violations: the run's first (sticky) and any this step adds. */
export function alarmOf(s: EngineState<BtrfsKernel>, frame: Frame<unknown> | null): Set<string> {
  const ids = new Set<string>(s.broken?.objects ?? []);
  for (const v of frame?.violations ?? []) for (const o of v.objects ?? []) ids.add(o);
  return ids;
}
