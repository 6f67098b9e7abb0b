// Kernel facts a maintainer would check first (RACE.md 4, 5, 5a, 8): where each step's
// link goes (that every label names its destination holds for every pack:
// tests/unit/registry.test.ts), what a crash does to the task and to the machine, and
// what endio-reader states as known or inferred.

import { describe, expect, it } from 'vitest';
import { exportDiagram } from '../../../kernel-text';
import { presetRun, presetSchedule } from '../../index';
import { btrfsSubpage as pack } from '../index';
import { oopsLog } from '../model/oops';
import { TOURS } from '../tours';
import { BTRFS_SCENARIO_VARIANTS, model } from './helpers';

const SCENARIOS = pack.scenarios;

const V4 = 'https://lore.kernel.org/linux-btrfs/20210116071533.105780-';
/** Functions of the allocation scenarios' paths that v4 01-18 leave as v5.11 had them. */
const UNCHANGED_IN_V4 = new Set(['free_extent_buffer_stale', 'release_extent_buffer']);

describe('links (RACE.md 5a)', () => {
  it('in racy and under_alloc, every step whose function the v4 series adds or changes links to its v4 patch on lore', () => {
    let checked = 0;
    for (const scenario of ['seed', 'two-allocators', 'same-bytenr']) {
      for (const variant of ['racy', 'under_alloc']) {
        for (const thread of model(scenario, variant).threads) {
          for (const step of thread.steps) {
            const url = pack.stepLink(step, variant);
            if (UNCHANGED_IN_V4.has(step.fn)) {
              expect(url, `${step.fn}`).toBe(`https://elixir.bootlin.com/linux/v5.11/A/ident/${step.fn}`);
              continue;
            }
            expect(url?.startsWith(V4), `${scenario}/${variant} T${thread.tid} ${step.op} (${step.fn}): ${url}`).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('the hunk holds the link: 06/18 for the detach and the under_alloc bit, 04/18 for the preallocation, 13/18 for the reader', () => {
    const steps = model('seed', 'under_alloc').threads.flatMap((t) => t.steps);
    const link = (op: string) => pack.stepLink(steps.find((s) => s.op === op) as (typeof steps)[number], 'under_alloc');
    expect(link('page_range_has_eb')).toBe(`${V4}7-wqu@suse.com/`);
    expect(link('btrfs_page_start_meta_alloc')).toBe(`${V4}7-wqu@suse.com/`);
    expect(link('btrfs_alloc_subpage')).toBe(`${V4}5-wqu@suse.com/`);
    expect(link('spin_lock_private')).toBe(`${V4}6-wqu@suse.com/`);
    expect(link('btrfs_subpage_test_uptodate')).toBe(`${V4}14-wqu@suse.com/`);
  });

  it('no step links to elixir v5.11 for subpage code (v5.11 has none)', () => {
    for (const { scenario, variant } of BTRFS_SCENARIO_VARIANTS) {
      for (const step of model(scenario, variant).threads.flatMap((t) => t.steps)) {
        const url = pack.stepLink(step, variant) ?? '';
        if (url.includes('/v5.11/')) expect(UNCHANGED_IN_V4.has(step.fn), `${scenario}/${variant} ${step.op} -> ${url}`).toBe(true);
      }
    }
  });
});

/** Every text the pack shows a reader: narration, intros, statuses, tour notes, the Oops log. */
function allTexts(): string[] {
  const out: string[] = [...oopsLog(1)];
  for (const s of SCENARIOS) {
    out.push(s.intro, s.blurb, ...s.variants.map((v) => v.status));
    for (const v of s.variants) for (const t of model(s.id, v.id).threads) out.push(t.title, ...t.steps.map((st) => st.narration));
  }
  for (const tour of TOURS) out.push(...tour.stops.map((stop) => stop.notes));
  return out;
}

describe('the crash (RACE.md 5, last T1 row; 8)', () => {
  it('no text says BUG() or an Oops stops the machine, except with panic_on_oops', () => {
    for (const text of allTexts()) {
      for (const sentence of text.split(/(?<=\.)\s/)) {
        if (/(stops|halts|kills|crashes) the (machine|system|kernel)/.test(sentence)) expect(sentence).toContain('only with panic_on_oops');
      }
    }
  });

  it('the Oops log: the task dies, the machine stops only with panic_on_oops, address 0 only without lock debugging, the ESR on the Oops line', () => {
    const log = oopsLog(1).join('\n');
    expect(log).toContain('the machine stops only with panic_on_oops');
    expect(log).toMatch(/address 0 without lock debugging/);
    expect(log).toMatch(/^Internal error: Oops: <esr> \[#1\]/m);
  });

  it("endio-reader's use-after-free is said to be usually silent corruption without CONFIG_BTRFS_ASSERT, where the crash shows", () => {
    const step = model('endio-reader', 'private_check').threads[0]?.steps.find((s) => s.op === 'btrfs_subpage_set_uptodate');
    expect(step?.narration).toContain('usually silent corruption, not an Oops');
    // The step's result, in the schedule where T1 loads S and T2 frees it.
    const r = presetRun('endio-reader', 'private_check', 'load-then-free');
    const events = r.frames.flatMap((f) => f.events);
    const result = events.find((e) => e.kind === 'result' && e.name === 'btrfs_subpage_set_uptodate');
    expect(result && 'detail' in result ? result.detail : '').toContain('usually silent corruption, not an Oops');
  });
});

describe('endio-reader: known and inferred (RACE.md 8)', () => {
  const endio = SCENARIOS.find((s) => s.id === 'endio-reader');
  if (!endio) throw new Error('no endio-reader');

  it("private_check: 150e4b0597a7 moved the PagePrivate() test; no commit is named as having added it", () => {
    const texts = allTexts().join('\n');
    expect(texts).not.toMatch(/150e4b0597a7[^.]*\badd/);
    expect(texts).not.toMatch(/added (the|this|that) (test|check)/i);
    const status = endio.variants.find((v) => v.id === 'private_check')?.status ?? '';
    expect(status).toMatch(/150e4b0597a7[^;]*moved the test/);
  });

  it('says that v5.12 having the bug is inferred, and why', () => {
    const status = endio.variants.find((v) => v.id === 'eb_refs')?.status ?? '';
    expect(status).toMatch(/v5\.12 had the bug is inferred/);
    expect(status).toContain('read-only');
    expect(status).toContain('Fixes:');
    expect(endio.intro).toContain('inferred');
  });

  it('marks T2 inferred wherever it shows: the thread, its label, every step, the intro with the reason', () => {
    for (const v of endio.variants) {
      const t2 = model('endio-reader', v.id).threads[1];
      expect(t2?.title).toContain('inferred');
      for (const step of t2?.steps ?? []) expect(step.source.inferred, `${v.id} ${step.op}`).toBe(true);
    }
    expect(endio.threadLabels[2]).toContain('inferred');
    expect(endio.intro).toContain('Only one ref 1, will be released');
    expect(endio.intro).toContain('try_release_subpage_extent_buffer');
  });

  it("T1's validate steps cite disk-io.c", () => {
    for (const v of endio.variants) {
      for (const step of model('endio-reader', v.id).threads[0]?.steps ?? []) {
        if (step.fn === 'validate_subpage_buffer') expect(step.source.ref, `${v.id} ${step.op}`).toContain('fs/btrfs/disk-io.c');
      }
    }
  });

  it('the text export nests release_extent_buffer() inside free_extent_buffer()', () => {
    const m = model('endio-reader', 'eb_refs');
    const lines = exportDiagram(m, presetSchedule('endio-reader', 'eb_refs', 'commit-message')).split('\n');
    const free = lines.findIndex((l) => /\| free_extent_buffer\(\)\s*$/.test(l));
    const release = lines.findIndex((l) => /\|\s+\|- release_extent_buffer\(\)\s*$/.test(l));
    expect(free).toBeGreaterThan(0);
    expect(release).toBeGreaterThan(free);
  });
});
