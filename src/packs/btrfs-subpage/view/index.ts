// The btrfs pack's picture, registered in src/packs/views.ts.
import type { PackView } from '../../views';
import { Picture } from './Picture';

export const btrfsView: PackView = { Picture };
