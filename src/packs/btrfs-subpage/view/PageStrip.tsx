// Page P on a stage, in one strip: its 16 sectors with the ebs over them, and under
// each sector its buffer_radix slot (key = bytenr >> 12, so one key per sector), which
// is all of buffer_radix the race needs: the page's keys. A lookup or a gang lookup is
// marked on the slots it reads, an insert or a delete on the slot it writes.

import type { Changes } from '../../../ui/changes';
import { objKey } from '../../../ui/changes';
import { ChangedMark, threadStyle } from '../../../ui/names';
import { radixCall } from '../describe';
import { isRadix } from '../model/events';
import { firstSector, hex, radixKey, SECTOR_SIZE, SECTORS_PER_NODE, SECTORS_PER_PAGE } from '../model/geometry';
import type { BtrfsKernel } from '../model/state';
import type { EexistWait } from './eexist';
import { placeEbs } from './SectorStrip';

const SECTORS = Array.from({ length: SECTORS_PER_PAGE }, (_, i) => i);
const GROUPS = Array.from({ length: SECTORS_PER_PAGE / SECTORS_PER_NODE }, (_, i) => i);

export function PageStrip({
  kernel,
  owners,
  changes,
  eexist = [],
}: {
  kernel: BtrfsKernel;
  owners: Readonly<Record<string, number>>;
  changes: Changes;
  eexist?: readonly EexistWait[];
}) {
  const first = radixKey(kernel.page.start);
  const events = changes.pack.filter(isRadix);
  const gang = events.find((e) => e.op === 'gang_lookup');
  const probed = new Set(events.filter((e) => e.op !== 'gang_lookup').map((e) => e.key));
  const placed = placeEbs(kernel);
  const ebRows = Math.max(1, ...placed.map((p) => p.row - 1));
  return (
    <section className={`bps-strip${events.length ? ' sv-chg-box' : ''}`} aria-label="page P's sectors and buffer_radix" data-testid="radix">
      {eexist.map((w) => (
        <p key={w.tid} className="bps-strip__eexist" data-testid="eexist-note">
          T{w.tid}: insert at {w.key} would return -EEXIST ({w.holder} dying, still there): goto again
        </p>
      ))}
      {events.map((e) => (
        <p key={`${e.op}${e.key}`} className="bps-strip__op">
          <code>{radixCall(e)}</code>
        </p>
      ))}
      <div className="bps-strip__grid" data-testid="sectors">
        <span className="bps-strip__label" style={{ gridRow: `1 / span ${ebRows}` }} title={`page P at ${hex(kernel.page.start)}: 16 sectors of 4K`}>
          page P
        </span>
        {placed.map(({ eb, row }) => {
          const owner = owners[eb.name];
          return (
            <div
              key={eb.name}
              className={`bps-eb bps-eb--${eb.life}${changes.objects.has(objKey('eb', eb.name)) ? ' sv-chg-box' : ''}`}
              style={{ gridColumn: `${firstSector(eb.start) + 2} / span ${eb.len / SECTOR_SIZE}`, gridRow: row - 1, ...(owner ? threadStyle(owner) : {}) }}
              data-testid={`span-${eb.name}`}
              title={`eb ${eb.name}: ${hex(eb.start)} +${eb.len / 1024}K`}
            >
              eb {eb.name}
            </div>
          );
        })}
        <span className="bps-strip__label" style={{ gridRow: ebRows + 1 }} title="fs_info->buffer_radix: key = bytenr >> 12, one key per sector">
          buffer_radix
        </span>
        {SECTORS.map((i) => {
          const key = first + i;
          const eb = kernel.buffer_radix[key];
          const cls = [
            'bps-slot',
            eb ? 'bps-slot--full' : '',
            gang && key >= gang.key ? 'bps-slot--scanned' : '',
            probed.has(key) ? 'bps-slot--probed' : '',
            eexist.some((w) => w.key === key) ? 'bps-slot--eexist' : '',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <span key={key} className={cls} style={{ gridColumn: i + 2, gridRow: ebRows + 1 }} data-testid={`slot-${key}`} data-eb={eb ?? ''} title={`key ${key}: ${eb ? `eb ${eb}` : 'empty'}`}>
              {eb ?? (<><span aria-hidden="true">·</span><span className="sv-visually-hidden">empty</span></>)}
            </span>
          );
        })}
        <span className="bps-strip__label bps-strip__keys" style={{ gridRow: ebRows + 2 }}>
          {events.length ? <ChangedMark /> : 'key'}
        </span>
        {GROUPS.map((g) => (
          <span key={g} className="bps-key" style={{ gridColumn: `${g * SECTORS_PER_NODE + 2} / span ${SECTORS_PER_NODE}`, gridRow: ebRows + 2 }}>
            {first + g * SECTORS_PER_NODE}
          </span>
        ))}
      </div>
    </section>
  );
}
