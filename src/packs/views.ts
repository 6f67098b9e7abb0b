// The picture registry: each pack's React view, by pack id. Kept apart from index.ts
// so the worker and the CLI, which read the registry, never load React.

import type { ComponentType } from 'react';
import type { PictureProps } from '../ui/picture';
import { btrfsView } from './btrfs-subpage/view';

export interface PackView {
  /** The pack's kernel objects for one frame (the shell draws narration, locks and code). */
  Picture: ComponentType<PictureProps>;
  /** What each box of the picture is: the legend's first column. */
  Legend: ComponentType;
}

const VIEWS: Readonly<Record<string, PackView>> = {
  'btrfs-subpage': btrfsView,
};

export function viewOf(packId: string): PackView | undefined {
  return VIEWS[packId];
}
