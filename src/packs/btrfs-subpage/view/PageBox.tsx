// struct page P: the page lock, PagePrivate, the refcount, and page->private, the
// pointer to the shared struct btrfs_subpage (an arrow to its box, or 0).

import type { LockHold } from '../../../engine';
import type { Changes } from '../../../ui/changes';
import { fieldKey, objKey } from '../../../ui/changes';
import { ThreadTag } from '../../../ui/names';
import { Field, Obj } from '../../../ui/objects';
import { hex } from '../model/geometry';
import type { PageState } from '../model/state';

const REFCOUNT_MODEL =
  'refcount model (RACE.md): 1 for the page cache, +1 per eb holding the page (eb->pages[0]), +1 while PagePrivate is set (attach_page_private() does get_page(), detach_page_private() drops it)';

export function PageBox({
  page,
  pageLock,
  changes,
  alarm,
  area,
  fold = false,
}: {
  page: PageState;
  pageLock: LockHold | null;
  changes: Changes;
  alarm: ReadonlySet<string>;
  area?: string;
  /** On a stage, a page this step does not touch: its lock when held, PagePrivate and private. */
  fold?: boolean;
}) {
  const chg = (field: string) => changes.fields.has(fieldKey('page', 'P', field));
  const locked = 'page_lock' in changes.locks;
  return (
    <Obj
      id="P"
      kind="struct page"
      name="P"
      status={
        <span className="sv-muted">
          index {page.index}, bytenr {hex(page.start)}
        </span>
      }
      changed={changes.objects.has(objKey('page', 'P')) || locked}
      alarm={alarm.has('P') || alarm.has('P.private')}
      area={area}
      folded={fold}
      label="struct page P"
    >
      {fold && !pageLock ? null : (
      <Field name="PG_locked" changed={locked} testid="pg-locked">
        {pageLock ? (
          <>
            <b>1</b> <ThreadTag tid={pageLock.owner} />
          </>
        ) : (
          <b>0</b>
        )}
      </Field>
      )}
      <Field name="PG_private" changed={chg('PG_private')} alarm={alarm.has('P.private') && !page.PG_private} title="PagePrivate(page)">
        <b>{page.PG_private ? 1 : 0}</b>
      </Field>
      {fold ? null : (
        <Field name="_refcount" changed={chg('refcount')} title={REFCOUNT_MODEL}>
          <b>{page.refcount}</b>
        </Field>
      )}
      <Field
        name="private"
        changed={chg('private')}
        alarm={alarm.has('P.private')}
        ptr="P.private"
        testid="page-private"
        title="page->private: the struct btrfs_subpage every eb of the page shares"
      >
        {page.private ? <code>&amp;{page.private}</code> : <code className="null">0 (NULL)</code>}
      </Field>
    </Obj>
  );
}
