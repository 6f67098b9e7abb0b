// @vitest-environment jsdom
// The kernel state view against the engine's runs: what a kernel developer must see
// at the steps that matter of the commit message's interleaving, and per variant.

import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider } from '../../store';
import { type AppStore, createAppStore } from '../../store/store';
import { CodeView } from './CodeView';
import { StateView } from './StateView';

function setup(configure?: (store: AppStore) => void) {
  const store = createAppStore();
  configure?.(store);
  render(
    <AppStoreProvider store={store}>
      <StateView />
      <CodeView />
    </AppStoreProvider>,
  );
  const seek = (n: number) => act(() => store.getState().seek(n));
  return { store, seek };
}

afterEach(cleanup);

/** The Code pane's source listings arrive as a chunk of their own (Pack.listings). */
const listingsLoaded = () => screen.findByTestId('listings', {}, { timeout: 15_000 });

/** Text as read aloud: the thread shapes are aria-hidden decoration. */
const spoken = (el: HTMLElement): string => (el.textContent ?? '').replace(/[●▲■◆]/g, '');
const object = (id: string): HTMLElement => {
  const el = document.querySelector<HTMLElement>(`[data-testid="object"][data-id="${id}"]`);
  if (!el) throw new Error(`no object ${id}`);
  return el;
};

describe('StateView, racy, the commit message interleaving', () => {
  it('starts with B alone in buffer_radix slot 7696 and page->private pointing at S', () => {
    setup();
    const slot = screen.getByTestId('slot-7696');
    expect(slot.dataset.eb).toBe('B');
    expect(screen.getByTestId('slot-7700').dataset.eb).toBe('');
    expect(screen.getByTestId('page-private').textContent).toContain('&S');
    expect(screen.getByTestId('page-private').querySelector('[data-ptr-src="P.private"]')).not.toBeNull();
    expect(object('S').textContent).toContain('attached: page->private');
    expect(object('B').textContent).toContain('in buffer_radix');
    expect(screen.getByTestId('narration').textContent).toContain('Initial state');
  });

  it('at step 15 shows page->private = 0 (NULL), S freed as a ghost, and I1 flagged on A and page->private', () => {
    const { seek } = setup();
    seek(15);
    const priv = screen.getByTestId('page-private');
    expect(priv.textContent).toContain('0 (NULL)');
    const s = object('S');
    expect(s.dataset.freed).toBe('true');
    expect(s.textContent).toContain('kfree()d');
    expect(object('A').dataset.alarm).toBe('true');
    expect(object('P').dataset.alarm).toBe('true');
    expect(priv.className).toContain('obj__value--alarm');
    const alert = screen.getByTestId('invariant-alert');
    expect(alert.textContent).toContain('I1');
    expect(alert.textContent).toContain('every mapped eb in buffer_radix or attached has PagePrivate and a live subpage');
    expect(alert.textContent).toContain('eb A is attached to page P but PagePrivate is clear');
    // What changed is named in words, not only outlined.
    expect(screen.getByTestId('changed').textContent).toContain('page->private S → 0');
    expect(priv.className).toContain('sv-chg');
  });

  it('shows the step as code, with its source and a link named by where it goes', () => {
    const { seek } = setup();
    seek(15);
    const live = screen.getByTestId('narration');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toContain('Step 15');
    expect(live.textContent).toContain('btrfs_detach_subpage(fs_info, page);');
    const link = screen.getByTestId('step-link') as HTMLAnchorElement;
    // racy's detach_extent_buffer_page() is v4 06/18's: the patch on lore, said so.
    expect(link.href).toBe('https://lore.kernel.org/linux-btrfs/20210116071533.105780-7-wqu@suse.com/');
    expect(link.textContent).toContain('detach_extent_buffer_page() on lore');
  });

  it('at step 23 shows the Oops log, console style, and T1 as oopsed', async () => {
    const { seek } = setup();
    await listingsLoaded();
    seek(22);
    expect(screen.queryByTestId('oops-log-1')).toBeNull();
    seek(23);
    const log = screen.getByTestId('oops-log-1');
    expect(log.tagName).toBe('PRE');
    expect(log.textContent).toContain('Unable to handle kernel NULL pointer dereference at virtual address 0000000000000000');
    expect(screen.getByTestId('thread-status-1').textContent).toContain('oopsed at step 23');
  });

  it('highlights the range the gang lookup scans at step 14 and the lookup of key 7700 at step 1', () => {
    const { seek } = setup();
    seek(14);
    for (const key of [7696, 7700, 7711]) expect(screen.getByTestId(`slot-${key}`).className).toContain('sv-slot--scanned');
    expect(screen.getByTestId('radix').textContent).toContain('radix_tree_gang_lookup(&buffer_radix, gang, 7696, 4): no eb in page P');
    seek(1);
    expect(screen.getByTestId('slot-7700').className).toContain('sv-slot--probed');
    expect(screen.getByTestId('radix').textContent).toContain('radix_tree_lookup(&buffer_radix, 7700)');
  });

  it('fills slot 7700 with A on radix_tree_insert (step 19)', () => {
    const { seek } = setup();
    seek(18);
    expect(screen.getByTestId('slot-7700').dataset.eb).toBe('');
    seek(19);
    expect(screen.getByTestId('slot-7700').dataset.eb).toBe('A');
  });

  it('marks what the step changed with an outline and the word "changed", not colour alone', () => {
    const { seek } = setup();
    seek(3);
    expect(within(object('P')).getByText('changed')).toBeTruthy();
    expect(screen.getByTestId('pg-locked').className).toContain('sv-chg');
    expect(screen.getByTestId('changed').textContent).toContain('page refcount 3 → 4');
    expect(screen.getByTestId('changed').textContent).toContain('page P locked by T1 (PG_locked)');
    // Nothing else is marked: B did not change in this step.
    expect(within(object('B')).queryByText('changed')).toBeNull();
  });

  it('names the holder of each lock, and PG_locked by T1', () => {
    const { seek } = setup();
    seek(5);
    expect(spoken(screen.getByTestId('lock-private_lock'))).toContain('held by T1 since step 5');
    expect(screen.getByTestId('lock-buffer_lock').textContent).toContain('free');
    expect(spoken(screen.getByTestId('pg-locked'))).toContain('1 T1');
  });

  it("marks each thread's line in the source listings: T2's next, in its colour, and the line it just ran", async () => {
    const { seek } = setup();
    await listingsLoaded();
    seek(13);
    // T2 is about to ask page_range_has_eb(): its call in detach_extent_buffer_page() and
    // the function's own lines carry T2's mark; the strip says where the step is read.
    const marked = [...document.querySelectorAll<HTMLElement>('.cv-line--at')].filter((el) => el.dataset.at?.split(' ').includes('2'));
    expect(marked.map((el) => el.textContent).join('\n')).toContain('if (!page_range_has_eb(fs_info, page))');
    expect(marked.every((el) => el.querySelector('[data-thread="2"]') !== null)).toBe(true);
    expect(screen.getByTestId('thread-2').textContent).toContain('inferred');
    // It just took the nested buffer_lock (v4 06/18 post-image, line 5089).
    const just = document.querySelector<HTMLElement>('.cv-line--just');
    expect(just?.textContent).toContain('spin_lock(&fs_info->buffer_lock);');
    expect(just?.dataset.line).toBe('5089');
  });
});

describe('StateView, thread status', () => {
  it('says T2 spins on private_lock held by T1', async () => {
    const { seek } = setup((store) => {
      // T1 through spin_lock_private, then T2 up to its own spin_lock_private.
      expect(store.getState().loadSchedule([1, 1, 1, 1, 1, 2, 2, 2, 2])).toBe(true);
    });
    await listingsLoaded();
    seek(9);
    expect(screen.getByTestId('thread-status-2').textContent).toBe('T2 spins on private_lock, held by T1 since step 5');
    expect(spoken(screen.getByTestId('lock-private_lock'))).toContain('T2 spins on it');
    expect(screen.getByTestId('thread-status-1').textContent).toContain('running');
  });
});

describe('StateView, variants', () => {
  it('eb_refs: the subpage shows eb_refs and no under_alloc', () => {
    setup((store) => store.getState().setVariant('eb_refs'));
    const s = object('S');
    expect(within(s).getByTestId('eb-refs').textContent).toContain('1');
    expect(s.textContent).not.toContain('under_alloc');
  });

  it('under_alloc: the subpage shows under_alloc and no eb_refs', () => {
    setup((store) => store.getState().setVariant('under_alloc'));
    const s = object('S');
    expect(within(s).getByTestId('under-alloc').textContent).toContain('false');
    expect(s.textContent).not.toContain('eb_refs');
  });

  it("draws exactly the members of its variant's struct btrfs_subpage", () => {
    const members = (variant: string) => {
      cleanup();
      setup((store) => store.getState().setVariant(variant));
      const s = object('S');
      return { names: [...s.querySelectorAll('dt')].map((dt) => dt.textContent), union: s.querySelector('[data-testid="subpage-union"]')?.textContent ?? null };
    };
    expect(members('racy')).toEqual({ names: ['lock'], union: null });
    expect(members('under_alloc')).toEqual({ names: ['lock', 'under_alloc'], union: 'union { bool under_alloc; }' });
    expect(members('eb_refs')).toEqual({
      names: ['lock', 'uptodate_bitmap', 'error_bitmap', 'eb_refs'],
      union: 'union { atomic_t eb_refs; struct { atomic_t readers; } /* data only */; }',
    });
    expect(screen.getByTestId('uptodate-bitmap').textContent).toContain('0x000f');
  });

  it('racy: neither field, and the steps are marked inferred', () => {
    const { seek } = setup();
    const s = object('S');
    expect(s.textContent).not.toContain('under_alloc');
    expect(s.textContent).not.toContain('eb_refs');
    seek(14);
    expect(within(screen.getByTestId('narration')).getAllByText('inferred').length).toBeGreaterThan(0);
  });

  it('same-bytenr: draws eb A under the dying eb B it shares its bytenr with', () => {
    const { store, seek } = setup((st) => st.getState().setScenario('same-bytenr'));
    const i = store.getState().run.frames.findIndex((f) => f.op === 'alloc_eb');
    seek(i + 1);
    const a = screen.getByTestId('span-A');
    const b = screen.getByTestId('span-B');
    expect(a.style.gridColumn).toBe(b.style.gridColumn);
    expect(Number(a.style.gridRow)).toBeGreaterThan(Number(b.style.gridRow));
    expect(object('B').textContent).toContain('released (refs 0)');
    expect(spoken(object('A'))).toContain('T1');
    expect(spoken(object('B'))).toContain('T2');
  });

  it("two-allocators: T3's preallocated S'' is shown as not visible to anyone", () => {
    const { store, seek } = setup((st) => st.getState().setScenario('two-allocators'));
    const i = store.getState().run.frames.findIndex((f) => f.thread === 3 && f.op === 'btrfs_alloc_subpage');
    seek(i + 1);
    expect(spoken(object("S''"))).toContain("T3's preallocation, not visible to anyone");
    expect(object('C')).toBeTruthy();
  });
});

describe('StateView, endio-reader', () => {
  const open = (variant: string) => {
    const { store, seek } = setup((st) => {
      st.getState().setScenario('endio-reader');
      st.getState().setVariant(variant);
    });
    return { store, seek };
  };

  it("shows B's io_pages and the range EXTENT_LOCKED until the end of the bio", () => {
    const { store, seek } = open('eb_refs');
    expect(screen.getByTestId('io-pages-B').textContent).toMatch(/^1 atomic_t/);
    expect(screen.getByTestId('extent-locked').textContent).toContain('EXTENT_LOCKED');
    const dec = store.getState().run.frames.findIndex((f) => f.op === 'dec_io_pages');
    seek(dec + 1);
    expect(screen.getByTestId('io-pages-B').textContent).toMatch(/^0 atomic_t/);
    seek(store.getState().schedule.length);
    expect(screen.queryByTestId('extent-locked')).toBeNull();
  });

  it('draws readers as a member with a value only in v5.14, and each struct as its source had it', () => {
    open('readers');
    const s = object('S');
    expect(within(s).getByTestId('readers').textContent).toContain('4');
    expect([...s.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual([
      'lock', 'uptodate_bitmap', 'error_bitmap', 'dirty_bitmap', 'writeback_bitmap', 'readers', 'eb_refs',
    ]);
    expect(within(s).getByTestId('subpage-union').textContent).toBe('union { atomic_t eb_refs; struct { atomic_t writers; u16 ordered_bitmap; } /* data only */; }');
    cleanup();
    open('private_check');
    const p = object('S');
    expect(within(p).queryByTestId('readers')).toBeNull();
    expect(within(p).getByTestId('subpage-union').textContent).toContain('struct { atomic_t readers; atomic_t writers; u16 ordered_bitmap; } /* data only */');
  });
});

