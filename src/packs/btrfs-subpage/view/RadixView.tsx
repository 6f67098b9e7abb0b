// fs_info->buffer_radix as the radix tree it is: root -> node -> leaf, 64 slots per
// node, with page P's 16 keys in leaf slots 16..31 (key 7700 = path 1/56/20). Slots
// fill on radix_tree_insert, empty on radix_tree_delete; the range a gang lookup scans
// and the key a plain lookup probes are highlighted in the step that does it.

import type { BtrfsKernel } from '../model/state';
import { RADIX_TREE_MAP_SIZE, radixKey, radixPath, SECTORS_PER_PAGE } from '../model/geometry';
import type { Changes } from '../../../ui/changes';
import { radixCall } from '../describe';
import { isRadix } from '../model/events';
import { AnimatedValueBox } from '../../../ui/motion/MotionBox';
import { ChangedMark } from '../../../ui/names';
import type { EexistWait } from './eexist';

const OFFSETS = Array.from({ length: SECTORS_PER_PAGE }, (_, i) => i);

export function RadixView({ kernel, changes, eexist = [] }: { kernel: BtrfsKernel; changes: Changes; eexist?: readonly EexistWait[] }) {
  const first = radixKey(kernel.page.start);
  const [rootSlot, nodeSlot, leafFirst = 0] = radixPath(first);
  const leafBase = first - leafFirst;
  const events = changes.pack.filter(isRadix);
  const active = events.length > 0;
  const gang = events.find((e) => e.op === 'gang_lookup');
  const probed = new Set(events.filter((e) => e.op !== 'gang_lookup').map((e) => e.key));
  const scanned = (key: number): boolean => !!gang && key >= gang.key;
  return (
    <section className={`sv-box sv-radix${active ? ' sv-chg-box' : ''}`} aria-label="buffer_radix" data-testid="radix">
      <h3 className="sv-box__title">
        fs_info-&gt;buffer_radix{' '}
        <span className="sv-muted">
          key = bytenr &gt;&gt; 12; {RADIX_TREE_MAP_SIZE} slots per node; page P = keys {first}..{first + SECTORS_PER_PAGE - 1}
        </span>
        {active ? <ChangedMark /> : null}
        {events.map((e) => (
          <code key={`${e.op}${e.key}`} className="sv-radix__op">
            {radixCall(e)}
          </code>
        ))}
      </h3>
      {eexist.map((w) => (
        <p key={w.tid} className="sv-radix__eexist" data-testid="eexist-note">
          T{w.tid} loops in alloc_extent_buffer(): radix_tree_insert() at {w.key} would return -EEXIST while dying eb {w.holder} holds the slot; find_extent_buffer() returns NULL; goto again
        </p>
      ))}
      <div className="sv-radix__tree">
        <div className={`sv-rnode${active ? ' sv-rnode--walk' : ''}`}>
          <span className="sv-rnode__name">root</span>
          <code>slots[{rootSlot}]</code>
        </div>
        <span className="sv-radix__edge" aria-hidden="true">
          →
        </span>
        <div className={`sv-rnode${active ? ' sv-rnode--walk' : ''}`}>
          <span className="sv-rnode__name">node</span>
          <code>slots[{nodeSlot}]</code>
        </div>
        <span className="sv-radix__edge" aria-hidden="true">
          →
        </span>
        <div className="sv-rleaf">
          <span className="sv-rnode__name">
            leaf, keys {leafBase}..{leafBase + RADIX_TREE_MAP_SIZE - 1}
          </span>
          <div className="sv-rleaf__slots">
            <span className="sv-rleaf__elided" title={`slots 0..${leafFirst - 1}: keys of the page before P (not modelled)`}>
              [0..{leafFirst - 1}] …
            </span>
            {OFFSETS.map((i) => {
              const key = first + i;
              const eb = kernel.buffer_radix[key];
              const cls = [
                'sv-slot',
                eb ? 'sv-slot--full' : '',
                scanned(key) ? 'sv-slot--scanned' : '',
                probed.has(key) ? 'sv-slot--probed' : '',
                eexist.some((w) => w.key === key) ? 'sv-slot--eexist' : '',
              ]
                .filter(Boolean)
                .join(' ');
              return (
                <div
                  key={key}
                  className={cls}
                  data-testid={`slot-${key}`}
                  data-eb={eb ?? ''}
                  title={`slot ${leafFirst + i} (path ${radixPath(key).join('/')}), key ${key}: ${eb ? `eb ${eb}` : 'empty'}`}
                >
                  <span className="sv-slot__idx">{leafFirst + i}</span>
                  <span className="sv-slot__val">
                    <AnimatedValueBox value={eb ?? null} />
                  </span>
                  <span className="sv-slot__key">{key}</span>
                </div>
              );
            })}
            <span className="sv-rleaf__elided" title={`slots ${leafFirst + SECTORS_PER_PAGE}..63: keys of the pages after P (not modelled)`}>
              … [{leafFirst + SECTORS_PER_PAGE}..63]
            </span>
          </div>
        </div>
      </div>
    </section>
  );
}
