// The members of one struct btrfs_subpage, exactly as its variant's source declares
// them (model/layout.ts): the common members with their values, then the union, whose
// metadata members carry values and whose data-only members are declarations only.

import { type Changes, fieldKey } from '../../../ui/changes';
import { bitmap16, hex, SECTORS_PER_PAGE } from '../model/geometry';
import { type SubpageMember, subpageLayout } from '../model/layout';
import type { AnyVariant, BtrfsSubpage } from '../model/state';

const testId = (name: string): string => name.replace(/_/g, '-');

export function SubpageFields({ sp, variant, changes }: { sp: BtrfsSubpage; variant: string; changes: Changes }) {
  const layout = subpageLayout(variant as AnyVariant);
  const chg = (field: string): string => (changes.fields.has(fieldKey('subpage', sp.id, field)) ? ' sv-chg' : '');
  const valued = layout.members.filter((m) => m.place !== 'data');
  const meta = layout.members.filter((m) => m.place === 'meta');
  const data = layout.members.filter((m) => m.place === 'data');
  return (
    <dl className="sv-fields" title={`struct btrfs_subpage as in ${layout.source}${layout.inferred ? ' (inferred)' : ''}`}>
      {valued.map((m) => {
        const wide = m.type === 'u16' ? ' sv-fields__wide' : '';
        return [
          <dt key={`t${m.name}`} className={wide.trim() || undefined}>
            {m.name}
          </dt>,
          <dd key={`d${m.name}`} className={`${wide}${m.field ? chg(m.field) : ''}`.trim() || undefined} data-testid={m.field ? testId(m.name) : undefined}>
            <Value member={m} sp={sp} />
          </dd>,
        ];
      })}
      {meta.length || data.length ? (
        <dd className="sv-fields__decl sv-muted" data-testid="subpage-union">
          <code>union {`{ ${unionBody(meta, data)} }`}</code>
        </dd>
      ) : null}
    </dl>
  );
}

/** The union as C: its metadata members, then the data-only struct. */
function unionBody(meta: readonly SubpageMember[], data: readonly SubpageMember[]): string {
  const decl = (m: SubpageMember) => `${m.type} ${m.name};`;
  const parts = meta.map(decl);
  if (data.length) parts.push(`struct { ${data.map(decl).join(' ')} } /* data only */;`);
  return parts.join(' ');
}

function Value({ member, sp }: { member: SubpageMember; sp: BtrfsSubpage }) {
  const v = member.field ? sp[member.field] : undefined;
  if (member.type === 'spinlock_t' || v === undefined) {
    return (
      <span className="sv-muted" title="subpage->lock: taken only inside single steps, never held from one step to the next">
        {member.type}
      </span>
    );
  }
  if (member.type === 'u16') return <Bitmap value={Number(v)} label={member.name} />;
  return (
    <>
      <b>{String(v)}</b> <span className="sv-muted">{member.type}</span>
    </>
  );
}

const BITS = Array.from({ length: SECTORS_PER_PAGE }, (_, i) => i);

/** A u16, one cell per sector, sector 0 first (bit 0), then its hex value. */
function Bitmap({ value, label }: { value: number; label: string }) {
  return (
    <span className="sv-bitmap" title={`${label} = ${bitmap16(value)} (bit n = sector n, ${hex(value)})`}>
      <span className="sv-bitmap__cells" aria-hidden="true">
        {BITS.map((i) => (
          <span key={i} className={(value >> i) & 1 ? 'sv-bit sv-bit--on' : 'sv-bit'} />
        ))}
      </span>
      <code>{bitmap16(value)}</code>
    </span>
  );
}
