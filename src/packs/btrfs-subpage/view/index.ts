// The btrfs pack's picture and its legend (loaded when the legend first opens),
// registered in src/packs/views.ts.
import { lazy } from 'react';
import type { PackView } from '../../views';
import { Picture } from './Picture';

const PictureLegend = lazy(() => import('./Legend').then((m) => ({ default: m.PictureLegend })));

export const btrfsView: PackView = { Picture, Legend: PictureLegend };
