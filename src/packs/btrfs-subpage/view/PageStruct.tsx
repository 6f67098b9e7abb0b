// struct page P (PG_locked, PG_private, refcount, page->private) and the struct
// btrfs_subpage objects page->private may point at, with the pointer drawn as an arrow.

import { useState } from 'react';
import type { EngineState } from '../../../engine';
import type { BtrfsKernel } from '../model/state';
import type { BtrfsSubpage, SubpageId } from '../model/state';
import { SUBPAGE_IDS } from '../model/state';
import { type Changes, fieldKey, objKey } from '../../../ui/changes';
import { MotionBox } from '../../../ui/motion/MotionBox';
import { ChangedMark, ThreadTag } from '../../../ui/names';
import { PointerArrow } from './PointerArrow';
import { SubpageFields } from './SubpageFields';

const REFCOUNT_MODEL =
  'refcount model (RACE.md): 1 for the page cache, +1 per eb holding the page (eb->pages[0]), +1 while PagePrivate is set (attach_page_private() does get_page(), detach_page_private() drops it)';

export function PageStruct({ state, variant, changes }: { state: EngineState<BtrfsKernel>; variant: string; changes: Changes }) {
  // State, not a ref: the arrow must measure again once the row is in the DOM.
  const [row, setRow] = useState<HTMLDivElement | null>(null);
  const k = state.kernel;
  const p = k.page;
  const pageLock = state.locks.page_lock ?? null;
  const chg = (field: string): string => (changes.fields.has(fieldKey('page', 'P', field)) ? ' sv-chg' : '');
  const target = p.private ? k.subpages[p.private] : undefined;
  const dangling = !!target?.freed;
  const pageChanged = changes.objects.has(objKey('page', 'P')) || 'page_lock' in changes.locks;
  return (
    <div className="sv-ptr-row" ref={setRow}>
      <section className={`sv-box sv-page${pageChanged ? ' sv-chg-box' : ''}`} aria-label="struct page P" data-testid="struct-page">
        <h3 className="sv-box__title">
          struct page P <span className="sv-muted">index {p.index}</span>
          {pageChanged ? <ChangedMark /> : null}
        </h3>
        <dl className="sv-fields">
          <dt>PG_locked</dt>
          <dd className={'page_lock' in changes.locks ? ' sv-chg' : ''} data-testid="pg-locked">
            {pageLock ? (
              <>
                <b>1</b> by <ThreadTag tid={pageLock.owner} /> <span className="sv-muted">since step {pageLock.since}</span>
              </>
            ) : (
              <b>0</b>
            )}
          </dd>
          <dt title="PagePrivate(page)">PG_private</dt>
          <dd className={chg('PG_private')}>
            <b>{p.PG_private ? 1 : 0}</b> <span className="sv-muted">{p.PG_private ? 'PagePrivate' : '!PagePrivate'}</span>
          </dd>
          <dt title={REFCOUNT_MODEL}>_refcount</dt>
          <dd className={chg('refcount')} title={REFCOUNT_MODEL}>
            <b>{p.refcount}</b> <span className="sv-muted sv-help">cache + 1/eb + private</span>
          </dd>
          <dt>private</dt>
          <dd className={chg('private')} data-testid="page-private">
            {p.private === null ? (
              <span className="sv-null" data-ptr-null>
                0 (NULL)
              </span>
            ) : (
              <span className={`sv-ptr${dangling ? ' sv-ptr--dangling' : ''}`} data-ptr-src>
                &amp;{p.private}
                {dangling ? ' dangling' : ''}
              </span>
            )}
          </dd>
        </dl>
      </section>
      <div className="sv-subpages">
        {SUBPAGE_IDS.map((id) => {
          const sp = k.subpages[id];
          return sp ? <SubpageBox key={id} sp={sp} state={state} variant={variant} changes={changes} /> : null;
        })}
      </div>
      <PointerArrow container={row} target={p.private} dangling={dangling} />
    </div>
  );
}

/** Which thread holds `id` as its preallocation (T1's S', T3's S''), if any. */
function preallocHolder(state: EngineState<BtrfsKernel>, id: SubpageId): number | null {
  const i = state.threads.findIndex((t) => t.locals.prealloc === id);
  return i < 0 ? null : i + 1;
}

function SubpageBox({ sp, state, variant, changes }: { sp: BtrfsSubpage; state: EngineState<BtrfsKernel>; variant: string; changes: Changes }) {
  const page = state.kernel.page;
  const pointed = page.private === sp.id;
  const holder = preallocHolder(state, sp.id);
  const key = objKey('subpage', sp.id);
  const changed = changes.objects.has(key);
  const chg = (field: string): string => (changes.fields.has(fieldKey('subpage', sp.id, field)) ? ' sv-chg' : '');
  const status = sp.freed
    ? pointed
      ? 'kfree()d, yet page->private still points here: dangling'
      : 'kfree()d'
    : pointed
      ? 'attached: page->private'
      : holder
        ? 'preallocation, not visible to anyone'
        : 'not attached';
  return (
    <MotionBox
      tag="section"
      className={`sv-box sv-subpage${sp.freed ? ' sv-subpage--freed' : ''}${pointed && sp.freed ? ' sv-subpage--dangling' : ''}${changed ? ' sv-chg-box' : ''}`}
      data-subpage={sp.id}
      data-testid={`subpage-${sp.id}`}
      aria-label={`struct btrfs_subpage ${sp.id}: ${status}`}
      motion={{ initial: changes.allocs.has(key) ? { opacity: 0, scale: 0.9 } : false, animate: { opacity: 1, scale: 1 } }}
    >
      <div className="sv-subpage__head">
        <h3 className="sv-box__title">
          <span className={sp.freed ? 'sv-struck' : undefined}>struct btrfs_subpage {sp.id}</span>
          {changed ? <ChangedMark /> : null}
        </h3>
        <p className={`sv-subpage__status${chg('freed')}`}>
          {holder && !sp.freed && !pointed ? (
            <>
              <ThreadTag tid={holder} />
              's preallocation, not visible to anyone
            </>
          ) : (
            status
          )}
        </p>
      </div>
      {sp.freed ? null : <SubpageFields sp={sp} variant={variant} changes={changes} />}
    </MotionBox>
  );
}
