// struct btrfs_subpage: the object page->private points at, shared by every eb of the
// page. Drawn with the fields its kernel version had; a freed one stays as a ghost so
// a pointer still aimed at it is seen to dangle.

import type { EngineState } from '../../../engine';
import type { Changes } from '../../../ui/changes';
import { fieldKey, objKey } from '../../../ui/changes';
import { ThreadTag } from '../../../ui/names';
import { Field, Obj } from '../../../ui/objects';
import { bitmap16, hex, SECTORS_PER_PAGE } from '../model/geometry';
import type { BtrfsKernel, BtrfsSubpage, SubpageId } from '../model/state';

/** Which thread holds `id` as its preallocation (T1's S', T3's S''), if any. */
function preallocHolder(state: EngineState<BtrfsKernel>, id: SubpageId): number | null {
  const i = state.threads.findIndex((t) => t.locals.prealloc === id);
  return i < 0 ? null : i + 1;
}

export function SubpageBox({
  sp,
  state,
  changes,
  alarm,
  area,
}: {
  sp: BtrfsSubpage;
  state: EngineState<BtrfsKernel>;
  changes: Changes;
  alarm: boolean;
  area: string;
}) {
  const pointed = state.kernel.page.private === sp.id;
  const holder = preallocHolder(state, sp.id);
  const key = objKey('subpage', sp.id);
  const chg = (field: string) => changes.fields.has(fieldKey('subpage', sp.id, field));
  const status = sp.freed ? (
    <span className={chg('freed') ? 'sv-chg' : undefined}>{pointed ? 'freed, yet page->private points here: dangling' : 'freed'}</span>
  ) : pointed ? (
    'attached: page->private'
  ) : holder ? (
    <>
      <ThreadTag tid={holder} />
      's preallocation, not visible to anyone
    </>
  ) : (
    'not attached'
  );
  return (
    <Obj
      id={sp.id}
      kind="btrfs_subpage"
      name={sp.id}
      status={status}
      freed={sp.freed}
      fresh={changes.allocs.has(key)}
      changed={changes.objects.has(key)}
      alarm={alarm}
      area={area}
      label={`struct btrfs_subpage ${sp.id}: ${sp.freed ? 'freed' : pointed ? 'attached' : 'not attached'}`}
    >
      <Field name="lock" type="spinlock_t" title="subpage->lock: taken inside the steps that read or update the bitmaps">
        <span className="sv-muted">-</span>
      </Field>
      <Field name="uptodate" changed={chg('uptodate_bitmap')} title="uptodate_bitmap: one bit per 4K sector">
        <Bitmap value={sp.uptodate_bitmap} label="uptodate_bitmap" />
      </Field>
      <Field name="error" changed={chg('error_bitmap')} title="error_bitmap: one bit per 4K sector">
        <Bitmap value={sp.error_bitmap} label="error_bitmap" />
      </Field>
      {sp.under_alloc !== undefined ? (
        <Field name="under_alloc" type="bool" changed={chg('under_alloc')} testid="under-alloc">
          <b>{sp.under_alloc ? 'true' : 'false'}</b>
        </Field>
      ) : null}
      {sp.eb_refs !== undefined ? (
        <Field name="eb_refs" type="atomic_t" changed={chg('eb_refs')} testid="eb-refs">
          <b>{sp.eb_refs}</b>
        </Field>
      ) : null}
    </Obj>
  );
}

const BITS = Array.from({ length: SECTORS_PER_PAGE }, (_, i) => i);

/** A u16, one cell per sector, sector 0 first (bit 0), then its hex value. */
function Bitmap({ value, label }: { value: number; label: string }) {
  return (
    <span className="bitmap" title={`${label} = ${bitmap16(value)} (bit n = sector n, ${hex(value)})`}>
      <span className="bitmap__cells" aria-hidden="true">
        {BITS.map((i) => (
          <span key={i} className={(value >> i) & 1 ? 'bit bit--on' : 'bit'} />
        ))}
      </span>
      <code>{bitmap16(value)}</code>
    </span>
  );
}
