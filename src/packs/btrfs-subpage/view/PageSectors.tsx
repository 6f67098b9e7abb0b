// Page P as 16 sectors of 4K (page offset and bytenr of each) with the extent buffers
// drawn over the four sectors each covers (RACE.md section 3). Two ebs over the same
// sectors (a new eb at the bytenr of a dying one) get a row each, the newcomer below.

import type { Model } from '../../../engine';
import type { BtrfsKernel } from '../model/state';
import { firstSector, hex, radixKey, SECTOR_SIZE, SECTORS_PER_NODE, SECTORS_PER_PAGE } from '../model/geometry';
import type { EbFlag, EbName, ExtentBuffer } from '../model/state';
import { EB_NAMES } from '../model/state';
import { type Changes, fieldKey, objKey } from '../../../ui/changes';
import { MotionBox } from '../../../ui/motion/MotionBox';
import { ChangedMark, ThreadTag } from '../../../ui/names';

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

/** The thread whose program works on eb `name` ("alloc_extent_buffer(A)" is T1's,
 * "release_extent_buffer(B), past its last reference" T2's). */
export function ebOwner(model: Model<BtrfsKernel>, name: EbName): number | null {
  const t = model.threads.find((p) => p.title.includes(`(${name})`));
  return t ? t.tid : null;
}

/** Placement order: B (in the page from the start) before the ebs allocated over it. */
const PLACE_ORDER: readonly EbName[] = ['B', ...EB_NAMES.filter((n) => n !== 'B')];

interface Placed {
  eb: ExtentBuffer;
  /** Grid row: 1 is the sectors, 2 the first row of ebs. */
  row: number;
  /** An eb drawn in an earlier row over some of the same sectors. */
  over: ExtentBuffer | null;
}

/** Each eb in the first row where it overlaps no eb already placed. */
export function placeEbs(kernel: BtrfsKernel): Placed[] {
  const placed: Placed[] = [];
  const span = (eb: ExtentBuffer): [number, number] => [firstSector(eb.start), firstSector(eb.start) + eb.len / SECTOR_SIZE];
  const overlaps = (a: ExtentBuffer, b: ExtentBuffer): boolean => {
    const [a0, a1] = span(a);
    const [b0, b1] = span(b);
    return a0 < b1 && b0 < a1;
  };
  for (const name of PLACE_ORDER) {
    const eb = kernel.ebs[name];
    if (!eb) continue;
    const hits = placed.filter((p) => overlaps(p.eb, eb));
    let row = 2;
    while (hits.some((p) => p.row === row)) row++;
    placed.push({ eb, row, over: hits[0]?.eb ?? null });
  }
  return placed;
}

export function PageSectors({ model, kernel, changes }: { model: Model<BtrfsKernel>; kernel: BtrfsKernel; changes: Changes }) {
  const start = kernel.page.start;
  const placed = placeEbs(kernel);
  return (
    <div className="sv-sectors">
      {SECTORS.map((i) => (
        <div
          key={`o${i}`}
          className={`sv-sector${i % SECTORS_PER_NODE === 0 ? ' sv-sector--node' : ''}`}
          style={{ gridColumn: i + 1 }}
          title={`sector ${i}: page offset ${hex4(i * SECTOR_SIZE)}, bytenr ${hex(start + i * SECTOR_SIZE)}, buffer_radix key ${radixKey(start + i * SECTOR_SIZE)}`}
        >
          <span className="sv-sector__off">
            <Breakable text={hex4(i * SECTOR_SIZE)} />
          </span>
          <span className={`sv-sector__bytenr${i % SECTORS_PER_NODE === 0 ? ' sv-sector__bytenr--node' : ''}`}>
            <Breakable text={hex(start + i * SECTOR_SIZE)} />
          </span>
        </div>
      ))}
      {placed.map(({ eb, row, over }) => (
        <EbBox key={eb.name} eb={eb} row={row} over={over} owner={ebOwner(model, eb.name)} changes={changes} />
      ))}
      {kernel.extent_locked ? <LockedRange range={kernel.extent_locked} start={start} row={Math.max(1, ...placed.map((p) => p.row)) + 1} changes={changes} /> : null}
    </div>
  );
}

/** The range EXTENT_LOCKED in the btree io_tree (endio-reader), under the sectors it covers. */
function LockedRange({ range, start, row, changes }: { range: readonly [number, number]; start: number; row: number; changes: Changes }) {
  const first = firstSector(range[0]);
  const span = (range[1] - range[0] + 1) / SECTOR_SIZE;
  const changed = changes.fields.has(fieldKey('io_tree', 'btree', 'EXTENT_LOCKED'));
  return (
    <div
      className={`sv-locked${changed ? ' sv-chg' : ''}`}
      style={{ gridColumn: `${first + 1} / span ${span}`, gridRow: row }}
      data-testid="extent-locked"
      title={`EXTENT_LOCKED in the btree inode's io_tree: ${hex(range[0])}-${hex(range[1])}, page offsets ${hex4(range[0] - start)}-${hex4(range[1] - start)}`}
    >
      EXTENT_LOCKED <span className="sv-muted">btree io_tree</span>
    </div>
  );
}

const hex4 = (n: number): string => `0x${n.toString(16).toUpperCase().padStart(4, '0')}`;

/** "0x1E10000" with a mark after "0x" where big type (talk mode) may break the line. */
function Breakable({ text }: { text: string }) {
  return (
    <>
      {text.slice(0, 2)}
      <span className="sv-brk" />
      {text.slice(2)}
    </>
  );
}

function EbBox({
  eb,
  row,
  over,
  owner,
  changes,
}: {
  eb: ExtentBuffer;
  row: number;
  over: ExtentBuffer | null;
  owner: number | null;
  changes: Changes;
}) {
  const first = firstSector(eb.start);
  const chg = (field: string): string => (changes.fields.has(fieldKey('eb', eb.name, field)) ? ' sv-chg' : '');
  const changed = changes.objects.has(objKey('eb', eb.name));
  const gone = eb.life === 'freed';
  return (
    <MotionBox
      tag="div"
      className={`sv-eb sv-eb--${eb.life}${changed ? ' sv-chg-box' : ''}`}
      style={{ gridColumn: `${first + 1} / span ${eb.len / SECTOR_SIZE}`, gridRow: row }}
      motion={{ initial: changes.allocs.has(objKey('eb', eb.name)) ? { opacity: 0, y: -8 } : false, animate: { opacity: 1, y: 0 } }}
      data-testid={`eb-${eb.name}`}
      aria-label={`extent buffer ${eb.name}`}
    >
      {changed ? <ChangedMark /> : null}
      <div className="sv-eb__head">
        <strong className={gone ? 'sv-struck' : undefined}>eb {eb.name}</strong>
        {owner ? <ThreadTag tid={owner} /> : null}
        <span className={`sv-eb__life${chg('life')}`}>{LIFE_TEXT[eb.life]}</span>
        {over ? (
          <span className="sv-eb__over" data-testid={`eb-over-${eb.name}`}>
            {over.start === eb.start ? `same bytenr as ${over.name}` : `overlaps ${over.name}`}
          </span>
        ) : null}
      </div>
      <div className="sv-eb__row">
        <code title="eb->start, eb->len">
          {hex(eb.start)} +{eb.len / 1024}K
        </code>
        <span className={`sv-eb__refs${chg('refs')}`}>
          refs <b>{eb.refs}</b>
        </span>
        {eb.io_pages !== undefined ? (
          <span className={chg('io_pages')} data-testid={`io-pages-${eb.name}`} title="eb->io_pages: pages of a read still in flight">
            io_pages <b>{eb.io_pages}</b>
          </span>
        ) : null}
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
