// The btrfs picture of one frame: page P with its sectors and extent buffers, struct
// page and the btrfs_subpage objects page->private may point at, and buffer_radix.
// Props only (the shell's PictureProps): everything drawn is a field of the engine's
// state or an event of the step just run.

import type { EngineState, Model } from '../../../engine';
import type { PictureProps } from '../../../ui/picture';
import { hex } from '../model/geometry';
import type { BtrfsKernel } from '../model/state';
import { PageSectors } from './PageSectors';
import { PageStruct } from './PageStruct';
import { RadixView } from './RadixView';
import './picture.css';

export function Picture({ model, state, changes }: PictureProps) {
  const s = state as EngineState<BtrfsKernel>;
  const k = s.kernel;
  return (
    <>
      <section className="sv-box sv-pagebox" aria-label="page P">
        <h3 className="sv-box__title">
          page P <span className="sv-muted">bytenr {hex(k.page.start)}, 64K = 16 sectors of 4K, extent buffers of 16K</span>
        </h3>
        <PageSectors model={model as Model<BtrfsKernel>} kernel={k} changes={changes} />
      </section>
      <PageStruct state={s} variant={model.variant} changes={changes} />
      <RadixView kernel={k} changes={changes} />
    </>
  );
}
