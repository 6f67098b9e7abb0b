// struct btrfs_subpage: the object page->private points at, shared by every eb of the
// page. Drawn with the members its variant's source declares (model/layout.ts), the
// union's data-only ones as a declaration; a freed one stays as a ghost so a pointer
// still aimed at it is seen to dangle.

import type { EngineState } from '../../../engine';
import type { Changes } from '../../../ui/changes';
import { fieldKey, objKey } from '../../../ui/changes';
import { ThreadTag } from '../../../ui/names';
import { Field, Obj } from '../../../ui/objects';
import { bitmap16, hex, SECTORS_PER_PAGE } from '../model/geometry';
import { type SubpageMember, subpageLayout } from '../model/layout';
import type { AnyVariant, BtrfsKernel, BtrfsSubpage, SubpageId } from '../model/state';

/** Which thread holds `id` as its preallocation (T1's S', T3's S''), if any. */
function preallocHolder(state: EngineState<BtrfsKernel>, id: SubpageId): number | null {
  const i = state.threads.findIndex((t) => t.locals.prealloc === id);
  return i < 0 ? null : i + 1;
}

export function SubpageBox({
  sp,
  variant,
  state,
  changes,
  alarm,
  area,
  fold = false,
}: {
  sp: BtrfsSubpage;
  /** The members drawn are those of the struct in this variant's source (model/layout.ts). */
  variant: string;
  state: EngineState<BtrfsKernel>;
  changes: Changes;
  alarm: boolean;
  area?: string;
  /** On a stage, a subpage this step does not touch: the member that counts (eb_refs, under_alloc, readers) only. */
  fold?: boolean;
}) {
  const layout = subpageLayout(variant as AnyVariant);
  const union = layout.members.filter((m) => m.place === 'meta');
  const data = layout.members.filter((m) => m.place === 'data');
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
      folded={fold}
      label={`struct btrfs_subpage ${sp.id}: ${sp.freed ? 'freed' : pointed ? 'attached' : 'not attached'}`}
      title={`struct btrfs_subpage as in ${layout.source}${layout.inferred ? ' (inferred)' : ''}`}
    >
      {layout.members
        .filter((m) => m.place !== 'data' && (!fold || COUNTING.has(m.name)))
        .map((m) => (
          <Member key={m.name} member={m} sp={sp} changed={m.field ? chg(m.field) : false} />
        ))}
      {!fold && (data.length || union.length) ? (
        <dd className="obj__decl" data-testid="subpage-union" title="the union: its metadata members above; its data-only members are never used for a metadata page">
          <code>union {`{ ${unionBody(union, data)} }`}</code>
        </dd>
      ) : null}
    </Obj>
  );
}

/** The members that decide whether page->private may go: what a folded box keeps. */
const COUNTING = new Set(['eb_refs', 'under_alloc', 'readers']);

const testId = (name: string): string => name.replace(/_/g, '-');

/** One member with its value, as the variant's source declares it. */
function Member({ member, sp, changed }: { member: SubpageMember; sp: BtrfsSubpage; changed: boolean }) {
  const v = member.field ? sp[member.field] : undefined;
  // The lock is taken only inside single steps: it has no value to show between them.
  if (member.type === 'spinlock_t' || v === undefined) {
    return (
      <Field name={member.name} type={member.type}>
        <span className="sv-muted">-</span>
      </Field>
    );
  }
  if (member.type === 'u16') {
    return (
      <Field name={member.name} changed={changed} title={`${member.name}: one bit per 4K sector`} testid={testId(member.name)}>
        <Bitmap value={Number(v)} label={member.name} />
      </Field>
    );
  }
  return (
    <Field name={member.name} type={member.type} changed={changed} testid={testId(member.name)}>
      <b>{String(v)}</b>
    </Field>
  );
}

/** The union as C: its metadata members, then the data-only struct. */
function unionBody(meta: readonly SubpageMember[], data: readonly SubpageMember[]): string {
  const decl = (m: SubpageMember) => `${m.type} ${m.name};`;
  const parts = meta.map(decl);
  if (data.length) parts.push(`struct { ${data.map(decl).join(' ')} } /* data only */;`);
  return parts.join(' ');
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
