// The btrfs picture of one frame, drawn as the pointer chain it is: each eb's pages[0]
// points at page P, and P's page->private at the struct btrfs_subpage they share. The
// arrows are real (src/ui/PointerLayer.tsx): when page->private becomes 0 the arrow is
// cut, the freed subpage stays as a ghost, and what broke an invariant is outlined.
// Below: page P's sectors and buffer_radix. Props only (the shell's PictureProps).

import { lazy, useMemo } from 'react';
import type { EngineState } from '../../../engine';
import type { PictureProps } from '../../../ui/picture';
import { Loaded } from '../../../ui/Loaded';
import { PointerLayer } from '../../../ui/PointerLayer';
import type { BtrfsKernel, EbName, SubpageId } from '../model/state';
import { EB_NAMES, SUBPAGE_IDS } from '../model/state';
import { EbBox } from './EbBox';
import { PageBox } from './PageBox';
import { eexistWaits } from './eexist';
import { alarmOf, ebOwners } from './picture-parts';
import { pointersOf } from './pointers';
import { RadixView } from './RadixView';
import { SectorStrip } from './SectorStrip';
import { SubpageBox } from './SubpageBox';
import './picture.css';

// The compact presentation serves talk mode, embeds and compare, each a chunk of its own:
// it is one too, so the first load carries only the main view's picture.
const StageChain = lazy(() => import('./StageChain').then((m) => ({ default: m.StageChain })));

export function Picture(props: PictureProps) {
  if (props.presentation !== 'stage') return <FullPicture {...props} />;
  return (
    <Loaded what="The stage picture" fallback={null}>
      <StageChain {...props} />
    </Loaded>
  );
}

function FullPicture({ model, state, frame, changes, past }: PictureProps) {
  const s = state as EngineState<BtrfsKernel>;
  const k = s.kernel;
  const owners = useMemo(() => ebOwners(model.threads), [model]);
  const alarm = useMemo(() => alarmOf(s, frame), [s, frame]);
  const eexist = useMemo(() => eexistWaits(model, s, owners), [model, s, owners]);
  const pointers = useMemo(() => pointersOf(k, past, alarm), [k, past, alarm]);
  const ebs = EB_NAMES.filter((n) => owners[n] !== undefined || k.ebs[n]);
  const subpages = SUBPAGE_IDS.filter((id) => k.subpages[id]);
  const inTree = (name: EbName) => Object.values(k.buffer_radix).includes(name);
  const rows = Math.max(ebs.length, subpages.length, 2);
  const areas = Array.from({ length: rows }, (_, i) => `"e${i} gap1 ${i < 2 ? 'page' : '.'} gap2 s${i}"`).join(' ');
  return (
    <div className="bp" data-testid="btrfs-picture">
      <div className="bp-chain" style={{ gridTemplateAreas: areas }}>
        {ebs.map((name, i) => {
          const eb = k.ebs[name];
          return eb ? (
            <EbBox
              key={name}
              eb={eb}
              owner={owners[name] ?? null}
              inTree={inTree(name)}
              changes={changes}
              alarm={alarm.has(name)}
              area={`e${i}`}
              blocks={eexist.find((w) => w.holder === name) ?? null}
            />
          ) : (
            <p key={name} className="obj obj--absent" style={{ gridArea: `e${i}` }}>
              eb {name}: not allocated yet
            </p>
          );
        })}
        <PageBox page={k.page} pageLock={s.locks.page_lock ?? null} changes={changes} alarm={alarm} area="page" />
        {subpages.map((id: SubpageId, i) => {
          const sp = k.subpages[id];
          return sp ? (
            <SubpageBox key={id} sp={sp} variant={model.variant} state={s} changes={changes} alarm={alarm.has(id)} area={`s${i}`} />
          ) : null;
        })}
        <PointerLayer pointers={pointers} version={`${model.scenario}/${model.variant}/${frame?.step ?? 0}/${past.length}`} />
      </div>
      <SectorStrip kernel={k} owners={owners} changes={changes} />
      <RadixView kernel={k} changes={changes} eexist={eexist} />
    </div>
  );
}
