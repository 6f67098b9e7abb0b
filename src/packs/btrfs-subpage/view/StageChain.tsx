// The btrfs picture on a stage (PictureProps.presentation = 'stage'): the same pointer
// chain, eb -> page P -> btrfs_subpage, with the objects this step changes drawn whole
// and the others folded to the fields the race turns on; page P's sectors and
// buffer_radix folded into one strip of the page's 16 keys.

import { useMemo } from 'react';
import type { EngineState } from '../../../engine';
import { objKey } from '../../../ui/changes';
import type { PictureProps } from '../../../ui/picture';
import { PointerLayer } from '../../../ui/PointerLayer';
import type { BtrfsKernel, EbName } from '../model/state';
import { EB_NAMES, SUBPAGE_IDS } from '../model/state';
import { EbBox } from './EbBox';
import { PageBox } from './PageBox';
import { PageStrip } from './PageStrip';
import { eexistWaits } from './eexist';
import { alarmOf, ebOwners } from './picture-parts';
import { pointersOf } from './pointers';
import { SubpageBox } from './SubpageBox';

export function StageChain({ model, state, frame, changes, past }: PictureProps) {
  const s = state as EngineState<BtrfsKernel>;
  const k = s.kernel;
  const owners = useMemo(() => ebOwners(model.threads), [model]);
  const alarm = useMemo(() => alarmOf(s, frame), [s, frame]);
  const eexist = useMemo(() => eexistWaits(model, s, owners), [model, s, owners]);
  const pointers = useMemo(() => pointersOf(k, past, alarm), [k, past, alarm]);
  const ebs = EB_NAMES.filter((n) => owners[n] !== undefined || k.ebs[n]);
  const subpages = SUBPAGE_IDS.filter((id) => k.subpages[id]);
  const inTree = (name: EbName) => Object.values(k.buffer_radix).includes(name);
  // Before the first step nothing is touched: the whole setting is shown. After it, an
  // object is whole in the step that changes it; one in a broken invariant keeps its
  // outline, and its folded fields still show what broke (attached to P, private = 0).
  const whole = frame === null;
  const touched = (kind: string, id: string) => whole || changes.objects.has(objKey(kind, id));
  const pageTouched = touched('page', 'P') || 'page_lock' in changes.locks;
  return (
    <div className="bps" data-testid="btrfs-picture" data-presentation="stage">
      <div className="bps-chain">
        <div className="bps-col bps-col--ebs">
          {ebs.map((name) => {
            const eb = k.ebs[name];
            return eb ? (
              <EbBox
                key={name}
                eb={eb}
                owner={owners[name] ?? null}
                inTree={inTree(name)}
                changes={changes}
                alarm={alarm.has(name)}
                fold={!touched('eb', name)}
                blocks={eexist.find((w) => w.holder === name) ?? null}
              />
            ) : (
              <p key={name} className="obj obj--absent">
                eb {name}: not allocated yet
              </p>
            );
          })}
        </div>
        <div className="bps-col bps-col--page">
          <PageBox page={k.page} pageLock={s.locks.page_lock ?? null} changes={changes} alarm={alarm} fold={!pageTouched} />
        </div>
        <div className="bps-col bps-col--subpages">
          {subpages.map((id) => {
            const sp = k.subpages[id];
            return sp ? <SubpageBox key={id} sp={sp} variant={model.variant} state={s} changes={changes} alarm={alarm.has(id)} fold={!touched('subpage', id)} /> : null;
          })}
        </div>
        <PointerLayer pointers={pointers} version={`${model.scenario}/${model.variant}/${frame?.step ?? 0}/${past.length}/stage`} />
      </div>
      <PageStrip kernel={k} owners={owners} changes={changes} eexist={eexist} />
    </div>
  );
}
