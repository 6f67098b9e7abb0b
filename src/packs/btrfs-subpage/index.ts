// The btrfs subpage pack: the races between extent buffers and the page->private they
// share on 64K pages (RACE.md). Everything the app knows about btrfs is in this folder;
// the registry (../index.ts) lists the pack, and views.ts its picture.

import type { Frame, StepDef } from '../../engine';
import type { Pack } from '../contract';
import { ALLOC_SCENARIOS } from './alloc/scenarios';
import { EB_REFS_COMMIT, V4_PATCH } from './alloc/variants';
import { ENDIO_READER } from './endio-reader/scenario';
import { FIX_PATCH, READERS_COMMIT } from './endio-reader/variants';
import { describeEvent } from './describe';
import { KERNEL_TEXT } from './kernel-text';
import { stepLink } from './links';

function lockNotes(frame: Frame<unknown> | null) {
  const inRcu = frame?.op === 'find_extent_buffer';
  return [
    {
      name: 'rcu_read_lock()',
      text: inRcu && frame ? `T${frame.thread} reads buffer_radix under RCU in this step` : 'find_extent_buffer(); excludes no one',
      active: inRcu,
      note: "rcu_read_lock() excludes no writer; it only delays the eb's free (call_rcu)",
    },
  ];
}

export const btrfsSubpage: Pack = {
  id: 'btrfs-subpage',
  title: 'btrfs subpage race',
  description: 'An interactive visualizer of the btrfs subpage extent-buffer release race (Qu Wenruo, Jan 2021) and its fixes: extent buffers and the page->private they share on 64K pages.',
  scenarios: [...ALLOC_SCENARIOS, ENDIO_READER],
  links: [V4_PATCH, EB_REFS_COMMIT, FIX_PATCH, READERS_COMMIT],
  describeEvent,
  kernelText: KERNEL_TEXT,
  compare: () => import('./compare').then((m) => m.COMPARE),
  stepLink: (step: StepDef<unknown>, variant: string) => stepLink(step, variant),
  lockNotes,
  // The listings are data of some size: a chunk of their own, loaded with the Code tab.
  listings: (scenario: string, variant: string) => import('./source').then((m) => m.listingsOf(scenario, variant)),
  tours: () => import('./tours').then((m) => m.TOURS),
};
