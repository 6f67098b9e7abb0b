// Page P as 16 sectors of 4K (page offset and bytenr of each) with the extent buffers
// drawn over the four sectors each covers (RACE.md section 3).

import type { Model } from '../../../engine';
import type { BtrfsKernel } from '../../../scenarios';
import { firstSector, hex, radixKey, SECTOR_SIZE, SECTORS_PER_NODE, SECTORS_PER_PAGE } from '../../../scenarios/btrfs/geometry';
import type { EbFlag, EbName, ExtentBuffer } from '../../../scenarios/btrfs/state';
import { EB_NAMES } from '../../../scenarios/btrfs/state';
import { type Changes, fieldKey, objKey } from '../changes';
import { MotionBox } from '../motion/MotionBox';
import { ChangedMark, ThreadTag } from '../names';

const SECTORS = Array.from({ length: SECTORS_PER_PAGE }, (_, i) => i);
/** The flags the race turns on; UPTODATE and UNMAPPED appear only when set. */
const SHOWN_FLAGS: readonly EbFlag[] = ['TREE_REF', 'STALE', 'IN_TREE'];

const LIFE_TEXT: Readonly<Record<ExtentBuffer['life'], string>> = {
  unallocated: 'not allocated',
  allocating: 'allocating',
  live: 'live',
  released: 'released (refs 0)',
  freed: 'freed (call_rcu)',
};

/** The thread whose program works on eb `name` ("alloc_extent_buffer(A)" is T1's). */
export function ebOwner(model: Model<BtrfsKernel>, name: EbName): number | null {
  const t = model.threads.find((p) => p.title.endsWith(`(${name})`));
  return t ? t.tid : null;
}

export function PageSectors({ model, kernel, changes }: { model: Model<BtrfsKernel>; kernel: BtrfsKernel; changes: Changes }) {
  const start = kernel.page.start;
  return (
    <div className="sv-sectors">
      {SECTORS.map((i) => (
        <div
          key={`o${i}`}
          className={`sv-sector${i % SECTORS_PER_NODE === 0 ? ' sv-sector--node' : ''}`}
          style={{ gridColumn: i + 1 }}
          title={`sector ${i}: page offset ${hex4(i * SECTOR_SIZE)}, bytenr ${hex(start + i * SECTOR_SIZE)}, buffer_radix key ${radixKey(start + i * SECTOR_SIZE)}`}
        >
          <span className="sv-sector__off">{hex4(i * SECTOR_SIZE)}</span>
          <span className={`sv-sector__bytenr${i % SECTORS_PER_NODE === 0 ? ' sv-sector__bytenr--node' : ''}`}>
            {hex(start + i * SECTOR_SIZE)}
          </span>
        </div>
      ))}
      {EB_NAMES.map((name) => {
        const eb = kernel.ebs[name];
        return eb ? <EbBox key={name} eb={eb} owner={ebOwner(model, name)} changes={changes} /> : null;
      })}
    </div>
  );
}

const hex4 = (n: number): string => `0x${n.toString(16).toUpperCase().padStart(4, '0')}`;

function EbBox({ eb, owner, changes }: { eb: ExtentBuffer; owner: number | null; changes: Changes }) {
  const first = firstSector(eb.start);
  const chg = (field: string): string => (changes.fields.has(fieldKey('eb', eb.name, field)) ? ' sv-chg' : '');
  const changed = changes.objects.has(objKey('eb', eb.name));
  const gone = eb.life === 'freed';
  return (
    <MotionBox
      tag="div"
      className={`sv-eb sv-eb--${eb.life}${changed ? ' sv-chg-box' : ''}`}
      style={{ gridColumn: `${first + 1} / span ${eb.len / SECTOR_SIZE}` }}
      motion={{ initial: changes.allocs.has(objKey('eb', eb.name)) ? { opacity: 0, y: -8 } : false, animate: { opacity: 1, y: 0 } }}
      data-testid={`eb-${eb.name}`}
      aria-label={`extent buffer ${eb.name}`}
    >
      {changed ? <ChangedMark /> : null}
      <div className="sv-eb__head">
        <strong className={gone ? 'sv-struck' : undefined}>eb {eb.name}</strong>
        {owner ? <ThreadTag tid={owner} /> : null}
        <span className={`sv-eb__life${chg('life')}`}>{LIFE_TEXT[eb.life]}</span>
      </div>
      <div className="sv-eb__row">
        <code title="eb->start, eb->len">
          {hex(eb.start)} +{eb.len / 1024}K
        </code>
        <span className={`sv-eb__refs${chg('refs')}`}>
          refs <b>{eb.refs}</b>
        </span>
      </div>
      <div className={`sv-eb__flags${chg('flags')}`} title="eb->bflags: EXTENT_BUFFER_*">
        {SHOWN_FLAGS.map((f) => (
          <Flag key={f} flag={f} on={eb.flags.includes(f)} />
        ))}
        {eb.flags
          .filter((f) => !SHOWN_FLAGS.includes(f))
          .map((f) => (
            <Flag key={f} flag={f} on />
          ))}
      </div>
      <div className="sv-eb__row">
        <span className={chg('attached')} title="attached from its finished attach until its release's detach step">
          {eb.attached ? 'attached' : 'not attached'}
        </span>
        <code className={chg('pages0')}>pages[0] = {eb.pages0 ? 'P' : 'NULL'}</code>
      </div>
    </MotionBox>
  );
}

function Flag({ flag, on }: { flag: EbFlag; on: boolean }) {
  return (
    <span className={on ? 'sv-flag' : 'sv-flag sv-flag--off'} title={`EXTENT_BUFFER_${flag} ${on ? 'set' : 'clear'}`}>
      <span className="sv-visually-hidden">{on ? 'set: ' : 'clear: '}</span>
      {flag}
    </span>
  );
}
