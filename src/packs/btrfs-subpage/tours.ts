// The pack's built-in tour: the talk about this race, stop by stop, in the speaker's
// words and true to RACE.md. Steps are named by op, so the tour keeps its meaning when a
// thread's steps change; a test replays every stop against its claimed verdict, and
// checks the explorer's counts quoted in stop 9 against the explorer.

import type { StepRef, TourDef, TourStopDef } from '../contract';

const T1 = (op: string, nth?: number): StepRef => ({ thread: 1, op, ...(nth ? { nth } : {}) });
const T2 = (op: string, nth?: number): StepRef => ({ thread: 2, op, ...(nth ? { nth } : {}) });
const T3 = (op: string): StepRef => ({ thread: 3, op });

const COMMIT = { preset: 'commit-message' };
const I1 = { verdict: 'bug', invariant: 'I1' } as const;
const SAFE = { verdict: 'safe' } as const;

/** seed, the commit message's interleaving, in variant racy: the story of the first six stops. */
const racy = (at: TourStopDef['view']['at'], until: TourStopDef['view']['until']): TourStopDef['view'] => ({
  scenario: 'seed',
  variant: 'racy',
  schedule: COMMIT,
  at,
  ...(until ? { until } : {}),
  compare: null,
});

const STOPS: readonly TourStopDef[] = [
  {
    title: 'The page and its ebs',
    notes:
      'A machine with 64K pages and 4K sectors: page P at 0x1E10000 holds 16 sectors, and with 16K nodes up to four extent buffers share it. Today only eb B lives here, sectors 0 to 3. page->private points at one struct btrfs_subpage, S, which every eb in the page shares. The rule of Qu Wenruo\'s v4 patch 06/18: drop page->private only when no eb is left in the page. The whole story is how detach_extent_buffer_page() knows that. This is variant racy: v4 without its under_alloc bit, never posted as code, inferred from the diagram in the commit message.',
    view: racy('initial', 'initial'),
    claims: I1,
  },
  {
    title: 'T1 allocates',
    notes:
      "T1 is alloc_extent_buffer() for a new eb A at 0x1E14000, sectors 4 to 7 of the same page. find_extent_buffer() misses. T1 allocates A, finds P in the page cache and locks it, and preallocates a subpage. Under mapping->private_lock it attaches A: P already has S, so A shares it and the spare one is freed. Then T1 drops private_lock. Look where A is now: attached to P, but not in buffer_radix. Nobody who asks the radix tree can see it.",
    view: racy(T1('find_extent_buffer'), T1('spin_unlock_private')),
    claims: I1,
  },
  {
    title: 'T2 releases',
    notes:
      "Meanwhile T2 drops the last references to eb B: free_extent_buffer_stale() marks it STALE and gives up the tree's reference, and release_extent_buffer() takes refs to 0. Under fs_info->buffer_lock, B leaves buffer_radix: key 7696 is empty. All that is left is to let go of the page, in detach_extent_buffer_page().",
    view: racy(T2('atomic_dec_and_test'), T2('spin_unlock_buffer', 1)),
    claims: I1,
  },
  {
    title: 'The window',
    notes:
      'This is the window: T1 stands between spin_unlock_private and radix_tree_insert. A is attached, so it needs page->private, but it is not in the radix tree yet. T2 takes private_lock, nests buffer_lock, and asks page_range_has_eb(): a gang lookup of up to four entries from the page\'s first key, 7696. B is gone and A is not there yet. The answer: no eb left in this page.',
    view: racy(T2('spin_lock_private'), T2('page_range_has_eb')),
    claims: I1,
  },
  {
    title: 'The detach',
    notes:
      'So T2 detaches: PagePrivate is cleared, page->private becomes 0, and S is freed. I1 breaks at this very step: eb A is attached to page P, and P has no private. Nothing has crashed yet. The damage is done.',
    view: racy(T2('btrfs_detach_subpage'), T2('btrfs_detach_subpage')),
    claims: I1,
  },
  {
    title: 'The crash',
    notes:
      "T1 carries on, unaware. radix_tree_insert makes A visible, too late; T1 takes the tree reference and unlocks the page. The next reader of A goes through read_extent_buffer_subpage(). With CONFIG_BTRFS_ASSERT, its ASSERT(PagePrivate(page)) fires and BUG() kills the task. Without it, btrfs_subpage_test_uptodate() casts page->private, which is 0, and takes subpage->lock: a NULL pointer dereference Oops, at address 0 when lock debugging is off, because lock is the struct's first member. Either way the task dies holding its locked extent range; the machine stops only with panic_on_oops. In racy and under_alloc this reader is inferred: the helper arrived later in the same series.",
    view: racy(T1('radix_tree_insert'), T1('btrfs_subpage_test_uptodate')),
    claims: I1,
  },
  {
    title: 'under_alloc, same interleaving',
    notes:
      "The same interleaving under v4 as posted on 2021-01-16. Right after attaching A, still under private_lock, T1 called btrfs_page_start_meta_alloc() and set subpage->under_alloc. T2's page_range_has_eb() now asks: is under_alloc set, or does the gang lookup find an eb? under_alloc is set, so the answer is yes, and btrfs_detach_subpage is skipped. T1 clears the bit in btrfs_page_end_meta_alloc() once A is in buffer_radix. Safe.",
    view: {
      scenario: 'seed',
      variant: 'under_alloc',
      schedule: COMMIT,
      at: T2('page_range_has_eb'),
      until: T2('btrfs_detach_subpage'),
      compare: { left: 'racy', right: 'under_alloc' },
    },
    claims: SAFE,
  },
  {
    title: 'eb_refs',
    notes:
      "Josef Bacik's answer to v4: overly complicated. Count the ebs attached to the subpage, and detach on the last one. That is v5, landed in v5.12 as commit 8ff8466d29ef. Attaching increments eb_refs under private_lock, in btrfs_page_inc_eb_refs(); T2 decrements it, 2 to 1, in btrfs_page_dec_eb_refs(). page_range_has_eb() only asks whether eb_refs is 0: A counts from its attach, in buffer_radix or not. No detach, and one radix-tree lookup less per release. It is an atomic_t, not a refcount_t, because the count legitimately returns to 0.",
    view: {
      scenario: 'seed',
      variant: 'eb_refs',
      schedule: COMMIT,
      at: T2('btrfs_page_dec_eb_refs'),
      until: T2('btrfs_detach_subpage'),
      compare: { left: 'racy', right: 'eb_refs' },
    },
    claims: SAFE,
  },
  {
    title: "The explorer's counts",
    notes:
      "One unlucky interleaving, or the rule? The explorer counts every schedule the locks allow, as a sum over the state graph. seed, racy: 264,215 schedules, 27,720 of them bad: exactly those where T2's page_range_has_eb() falls between T1's spin_unlock_private and radix_tree_insert. under_alloc: 894,211 schedules, none bad. eb_refs: 903,630 schedules, none bad. On screen is the shortest bad one: T1's seven steps up to spin_unlock_private, then T2's eight up to the detach.",
    view: {
      scenario: 'seed',
      variant: 'racy',
      schedule: { through: [T1('spin_unlock_private'), T2('btrfs_detach_subpage')] },
      at: T2('btrfs_detach_subpage'),
      until: T2('btrfs_detach_subpage'),
      compare: null,
      card: 'explorer-counts',
    },
    claims: I1,
  },
  {
    title: 'Two allocators: why one bit suffices',
    notes:
      "Can one bit cover two allocators? T3 allocates eb C in the same page. T1 set under_alloc in btrfs_page_start_meta_alloc() and clears it in btrfs_page_end_meta_alloc(), both while holding the page lock it took in find_or_create_page(). T3 sleeps in find_or_create_page() until T1's unlock_page(), so it sets the bit only after T1 has cleared it. The page lock serializes the allocators: at most one is ever between start and end, and that is why one under_alloc bit is enough, not a count.",
    view: {
      scenario: 'two-allocators',
      variant: 'under_alloc',
      schedule: { through: [T1('spin_unlock_private'), T3('alloc_eb'), T2('spin_unlock_private'), T1('unlock_page'), T3('btrfs_page_start_meta_alloc')] },
      at: T1('check_buffer_tree_ref'),
      until: T3('btrfs_page_start_meta_alloc'),
      compare: null,
    },
    claims: SAFE,
  },
  {
    title: 'A reader path stayed open until v5.14',
    notes:
      "eb_refs closed the allocation path. But it counts extent buffers, not users of the subpage, and a reader path stayed open until v5.14. A metadata read of eb B, the last eb in its page, has completed, and T1 is its end_io. It checked B, marked it uptodate and dropped its own reference; now it updates the sector bitmaps through page->private in end_page_read(), holding no reference and no lock. T2 dropped B's last reference: eb_refs went 1 to 0, page_range_has_eb() said no eb is left, and the subpage is freed. T1 loads page->private: 0. With CONFIG_BTRFS_ASSERT the ASSERT in btrfs_subpage_set_uptodate() fires; without it, a NULL pointer dereference. Had T1 loaded S just before the free, it would be a use-after-free, which without CONFIG_BTRFS_ASSERT is usually silent corruption, not an Oops. That v5.12 had this bug is inferred: v5.12 mounted subpage filesystems read-only, and the fix's Fixes: tag blames a 5.14-cycle commit. Who T2 is is inferred too: the commit message says only that the last reference is dropped. Qu Wenruo's fix, commit 3d078efae6f3 in v5.14, counts the readers too: page_range_has_eb() also checks subpage->readers.",
    view: {
      scenario: 'endio-reader',
      variant: 'eb_refs',
      // The commit message's bad schedule (RACE.md section 8): 11111 22222222222 111.
      schedule: { digits: '1111122222222222111' },
      at: T2('btrfs_detach_subpage'),
      until: T1('btrfs_subpage_set_uptodate'),
      compare: null,
    },
    claims: { verdict: 'bug', invariant: 'I5' },
  },
  {
    title: 'v5.14: count the readers too',
    notes:
      "The fix, in v5.14 (commit 3d078efae6f3): when a metadata read is submitted, btrfs_subpage_start_reader() adds the sectors it reads to subpage->readers, 4 for a 16K eb, and end_page_read() subtracts them in btrfs_subpage_end_reader() when it is done with the subpage. page_range_has_eb() now answers yes while eb_refs or readers is not 0. Same interleaving, side by side: in v5.12, T2's check sees eb_refs 0 and frees S under the reader; in v5.14 it sees readers 4 and keeps S. The reader finishes with the subpage it loaded, and the subpage stays attached to the page with no eb: attached, not leaked.",
    view: {
      scenario: 'endio-reader',
      variant: 'readers',
      schedule: COMMIT,
      at: T2('page_range_has_eb'),
      until: T1('btrfs_subpage_end_reader'),
      compare: { left: 'eb_refs', right: 'readers' },
    },
    claims: SAFE,
  },
];

export const SUBPAGE_EB_RACE: TourDef = {
  id: 'subpage-eb-race',
  title: 'The subpage eb race',
  blurb: "From the shared page to the crash, the two fixes side by side, the explorer's counts, and the reader race that stayed open until v5.14 with its fix.",
  stops: STOPS,
};

export const TOURS: readonly TourDef[] = [SUBPAGE_EB_RACE];
