// struct extent_buffer: its range, refs and flags, whether it is attached to page P,
// and pages[0], the pointer to the page (an arrow to P's box).

import type { Changes } from '../../../ui/changes';
import { fieldKey, objKey } from '../../../ui/changes';
import { Field, Obj } from '../../../ui/objects';
import { ThreadTag } from '../../../ui/names';
import { hex } from '../model/geometry';
import type { EbFlag, ExtentBuffer } from '../model/state';
import type { EexistWait } from './eexist';

/** The flags the race turns on; UPTODATE and UNMAPPED appear only when set. */
const SHOWN_FLAGS: readonly EbFlag[] = ['TREE_REF', 'STALE', 'IN_TREE'];

const LIFE_TEXT: Readonly<Record<ExtentBuffer['life'], string>> = {
  unallocated: 'not allocated',
  allocating: 'being allocated',
  live: 'live',
  released: 'released (refs 0)',
  freed: 'freed (call_rcu)',
};

export function EbBox({
  eb,
  owner,
  inTree,
  changes,
  alarm,
  area,
  fold = false,
  blocks = null,
}: {
  eb: ExtentBuffer;
  /** The thread whose program works on this eb. */
  owner: number | null;
  /** Some slot of buffer_radix holds it. */
  inTree: boolean;
  changes: Changes;
  alarm: boolean;
  area?: string;
  /** On a stage, an eb this step does not touch: its refs, where it is and pages[0] only. */
  fold?: boolean;
  /** A thread looping on -EEXIST because this (dying) eb still holds its slot (same-bytenr). */
  blocks?: EexistWait | null;
}) {
  const chg = (field: string) => changes.fields.has(fieldKey('eb', eb.name, field));
  const status = (
    <>
      {owner ? <ThreadTag tid={owner} /> : null} <span className={chg('life') ? 'sv-chg' : undefined}>{LIFE_TEXT[eb.life]}</span>
    </>
  );
  return (
    <Obj
      id={eb.name}
      kind="eb"
      name={eb.name}
      status={status}
      freed={eb.life === 'freed'}
      stamp="freed (call_rcu)"
      fresh={changes.allocs.has(objKey('eb', eb.name))}
      changed={changes.objects.has(objKey('eb', eb.name))}
      alarm={alarm}
      area={area}
      folded={fold}
      label={`extent buffer ${eb.name}: ${LIFE_TEXT[eb.life]}`}
    >
      {fold ? null : (
      <Field name="start" title="eb->start, eb->len">
        <code>{hex(eb.start)}</code> <span className="obj__type">+{eb.len / 1024}K</span>
      </Field>
      )}
      <Field name="refs" changed={chg('refs')} testid={`eb-${eb.name}-refs`}>
        <b>{eb.refs}</b>
      </Field>
      {eb.io_pages !== undefined && !fold ? (
        <Field name="io_pages" type="atomic_t" changed={chg('io_pages')} testid={`io-pages-${eb.name}`} title="eb->io_pages: pages of a read still in flight">
          <b>{eb.io_pages}</b>
        </Field>
      ) : null}
      {fold ? null : (
        <Field name="bflags" changed={chg('flags')} title="eb->bflags: EXTENT_BUFFER_*">
          <span className="eb-flags">
            {SHOWN_FLAGS.map((f) => (
              <Flag key={f} flag={f} on={eb.flags.includes(f)} />
            ))}
            {eb.flags
              .filter((f) => !SHOWN_FLAGS.includes(f))
              .map((f) => (
                <Flag key={f} flag={f} on />
              ))}
          </span>
        </Field>
      )}
      <Field name="is" title="attached: from its finished attach_extent_buffer_page() until its release's detach step; in buffer_radix: a lookup can find it">
        <span className={`eb-tag${eb.attached ? '' : ' eb-tag--off'}${chg('attached') ? ' sv-chg' : ''}${alarm && eb.attached ? ' obj__value--alarm' : ''}`}>
          {eb.attached ? 'attached to P' : 'not attached'}
        </span>{' '}
        <span className={`eb-tag eb-tag--radix${inTree ? '' : ' eb-tag--off'}`}>{inTree ? 'in buffer_radix' : 'not in buffer_radix'}</span>
      </Field>
      {blocks ? (
        <Field name="slot" title="RACE.md 7.3: while this dying eb holds the slot, the new eb's radix_tree_insert() returns -EEXIST, find_extent_buffer() returns NULL, and alloc_extent_buffer() goes round again">
          <span className="eb-tag eb-tag--eexist" data-testid={`eexist-${eb.name}`}>
            still holds slot {blocks.key}: T{blocks.tid} gets -EEXIST, goto again
          </span>
        </Field>
      ) : null}
      <Field name="pages[0]" changed={chg('pages0')} ptr={eb.pages0 ? `${eb.name}.pages0` : undefined} testid={`eb-${eb.name}-pages0`}>
        {eb.pages0 ? <code>&amp;P</code> : <code className="sv-muted">NULL</code>}
      </Field>
    </Obj>
  );
}

function Flag({ flag, on }: { flag: EbFlag; on: boolean }) {
  return (
    <span className={on ? 'eb-flag' : 'eb-flag eb-flag--off'} title={`EXTENT_BUFFER_${flag} ${on ? 'set' : 'clear'}`}>
      <span className="sv-visually-hidden">{on ? 'set: ' : 'clear: '}</span>
      {flag}
    </span>
  );
}
