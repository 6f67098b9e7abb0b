// Page P's geometry (RACE.md section 3): 16 sectors of 4K, with the extent buffers over
// the four sectors each covers. Two ebs over the same sectors (a new eb at the bytenr of
// a dying one) get a row each, the newcomer below.

import type { Changes } from '../../../ui/changes';
import { fieldKey, objKey } from '../../../ui/changes';
import { threadStyle } from '../../../ui/names';
import { firstSector, hex, radixKey, SECTOR_SIZE, SECTORS_PER_NODE, SECTORS_PER_PAGE } from '../model/geometry';
import type { BtrfsKernel, EbName, ExtentBuffer } from '../model/state';
import { EB_NAMES } from '../model/state';

const SECTORS = Array.from({ length: SECTORS_PER_PAGE }, (_, i) => i);
const NODES = Array.from({ length: SECTORS_PER_PAGE / SECTORS_PER_NODE }, (_, i) => i);

/** Placement order: B (in the page from the start) before the ebs allocated over it. */
const PLACE_ORDER: readonly EbName[] = ['B', ...EB_NAMES.filter((n) => n !== 'B')];

/** Each eb in the first row where it overlaps no eb already placed (row 2 is the first). */
export function placeEbs(kernel: BtrfsKernel): { eb: ExtentBuffer; row: number }[] {
  const placed: { eb: ExtentBuffer; row: number }[] = [];
  const span = (eb: ExtentBuffer): [number, number] => [firstSector(eb.start), firstSector(eb.start) + eb.len / SECTOR_SIZE];
  for (const name of PLACE_ORDER) {
    const eb = kernel.ebs[name];
    if (!eb) continue;
    const [a0, a1] = span(eb);
    const rows = placed.filter((p) => {
      const [b0, b1] = span(p.eb);
      return a0 < b1 && b0 < a1;
    });
    let row = 2;
    while (rows.some((p) => p.row === row)) row++;
    placed.push({ eb, row });
  }
  return placed;
}

const hex4 = (n: number): string => `0x${n.toString(16).toUpperCase().padStart(4, '0')}`;

export function SectorStrip({ kernel, owners, changes }: { kernel: BtrfsKernel; owners: Readonly<Record<string, number>>; changes: Changes }) {
  const start = kernel.page.start;
  return (
    <section className="sectors" aria-label={`page P: 16 sectors of 4K from bytenr ${hex(start)}`} data-testid="sectors">
      <p className="sectors__title">
        page P <span className="sv-muted">64K = 16 sectors of 4K, bytenr {hex(start)}</span>
      </p>
      <div className="sectors__grid">
        {SECTORS.map((i) => (
          <div
            key={i}
            className={`sector${i % SECTORS_PER_NODE === 0 ? ' sector--node' : ''}`}
            style={{ gridColumn: i + 1 }}
            title={`sector ${i}: page offset ${hex4(i * SECTOR_SIZE)}, bytenr ${hex(start + i * SECTOR_SIZE)}, buffer_radix key ${radixKey(start + i * SECTOR_SIZE)}`}
          />
        ))}
        {NODES.map((n) => (
          // One label per 16K node, over its four sectors, so the labels never crowd.
          <span key={n} className="sector__label" style={{ gridColumn: `${n * SECTORS_PER_NODE + 1} / span ${SECTORS_PER_NODE}` }} aria-hidden="true">
            {hex4(n * SECTORS_PER_NODE * SECTOR_SIZE)}
          </span>
        ))}
        {placeEbs(kernel).map(({ eb, row }) => {
          const owner = owners[eb.name];
          return (
            <div
              key={eb.name}
              className={`sectors__eb sectors__eb--${eb.life}${changes.objects.has(objKey('eb', eb.name)) ? ' sv-chg-box' : ''}`}
              style={{ gridColumn: `${firstSector(eb.start) + 1} / span ${eb.len / SECTOR_SIZE}`, gridRow: row, ...(owner ? threadStyle(owner) : {}) }}
              data-testid={`span-${eb.name}`}
              title={`eb ${eb.name}: ${hex(eb.start)} +${eb.len / 1024}K, sectors ${firstSector(eb.start)}-${firstSector(eb.start) + eb.len / SECTOR_SIZE - 1}`}
            >
              eb {eb.name} <span className="sv-muted">{hex(eb.start)}</span>
            </div>
          );
        })}
        {kernel.extent_locked ? (
          <LockedRange
            range={kernel.extent_locked}
            start={start}
            row={Math.max(1, ...placeEbs(kernel).map((p) => p.row)) + 1}
            changed={changes.fields.has(fieldKey('io_tree', 'btree', 'EXTENT_LOCKED'))}
          />
        ) : null}
      </div>
    </section>
  );
}

/** The range EXTENT_LOCKED in the btree io_tree (endio-reader), under the sectors it covers. */
function LockedRange({ range, start, row, changed }: { range: readonly [number, number]; start: number; row: number; changed: boolean }) {
  const first = firstSector(range[0]);
  const span = (range[1] - range[0] + 1) / SECTOR_SIZE;
  return (
    <div
      className={`sectors__locked${changed ? ' sv-chg' : ''}`}
      style={{ gridColumn: `${first + 1} / span ${span}`, gridRow: row }}
      data-testid="extent-locked"
      title={`EXTENT_LOCKED in the btree inode's io_tree: ${hex(range[0])}-${hex(range[1])}, page offsets ${hex4(range[0] - start)}-${hex4(range[1] - start)}`}
    >
      EXTENT_LOCKED <span className="sv-muted">btree io_tree</span>
    </div>
  );
}
