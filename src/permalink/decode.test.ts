import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay } from '../engine';
import { SCENARIO_VARIANTS } from '../../tests/fixtures/scenario-variants';
import { getModel, scenarioOf } from '../packs';
import { presetSchedule } from '../packs';
import { decodePermalink, defaultPermalink } from './decode';
import { encodePermalink, MAX_HASH_LENGTH, type Permalink } from './format';

const RACY_COMMIT = '#fmt=2&sc=seed&fp=0q3nins&v=racy&s=1111111222222222222111111&at=18';
/** The same view as a format-1 link (the README's example until format 2). */
const RACY_COMMIT_V1 = '#fmt=1&sc=seed&v=racy&s=1111111222222222222111111&at=18';

function value(hash: string) {
  const d = decodePermalink(hash);
  if (!d.ok) throw new Error(`refused: ${d.reason}`);
  return d;
}

describe('decodePermalink', () => {
  it('reads the example link: at=18 is the 19th step just executed (cursor 19)', () => {
    const d = value(RACY_COMMIT);
    expect(d.warnings).toEqual([]);
    expect(d.value.choices).toMatchObject({ scenario: 'seed', variant: 'racy', cursor: 19 });
    expect(d.value.choices.schedule.join('')).toBe('1111111222222222222111111');
    expect(d.value.view).toEqual({ mode: 'app', embed: false, compare: null });
  });

  it('is written as the example link', () => {
    expect(encodePermalink(value(RACY_COMMIT).value)).toBe(RACY_COMMIT);
  });

  it("the top README's example link is the app's default view, as the app writes it", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    const example = /the default one is `(#fmt=[^`]+)`/.exec(readme)?.[1];
    expect(example).toBe(encodePermalink(defaultPermalink()));
    expect(value(example ?? '')).toEqual({ ok: true, value: defaultPermalink(), warnings: [] });
  });

  it('a format-1 link opens as it always did: same schedule, same step, no note while the step lists are those it was made under', () => {
    // True while seed's lists are the pinned format-1 ones (pinned-lists.test.ts); once
    // they change, such a link is carried over instead (carry.test.ts).
    const d = value(RACY_COMMIT_V1);
    expect(d).toEqual(value(RACY_COMMIT));
    expect(d.warnings).toEqual([]);
    expect(encodePermalink(d.value)).toBe(RACY_COMMIT);
    // The e2e fixtures' hand-written prefixes too.
    expect(value('#fmt=1&sc=seed&v=eb_refs&s=2&at=4').value.choices).toEqual(value('#fmt=2&sc=seed&fp=0q3nins&v=eb_refs&s=2&at=4').value.choices);
    const three = value('#fmt=1&sc=two-allocators&v=eb_refs&at=20');
    expect(three.warnings).toEqual([]);
    expect(three.value.choices.cursor).toBe(21);
  });

  it('at=-1 is the initial state, and a missing at too', () => {
    expect(value('#fmt=1&sc=seed&v=racy&at=-1').value.choices.cursor).toBe(0);
    expect(value('#fmt=1&sc=seed&v=racy').value.choices.cursor).toBe(0);
  });

  it('an empty hash opens the default view without a warning', () => {
    expect(decodePermalink('')).toEqual({ ok: true, value: defaultPermalink(), warnings: [] });
    expect(decodePermalink('#')).toEqual({ ok: true, value: defaultPermalink(), warnings: [] });
  });

  it('completes a short schedule as the engine does', () => {
    const d = value('#fmt=1&sc=seed&v=racy&s=2&at=0');
    const model = getModel('seed', 'racy');
    if (!model.ok) throw new Error(model.error);
    const r = replay(model.value, [2]);
    expect(r.ok ? r.run.schedule : null).toEqual(d.value.choices.schedule);
    expect(d.warnings).toEqual([]);
  });

  it('keeps the valid prefix of a schedule that cannot run and says where it broke', () => {
    // T1 takes private_lock at step 5; T2 cannot take it at step 10.
    const d = value('#fmt=1&sc=seed&v=racy&s=1111122222&at=3');
    expect(d.warnings).toEqual([
      's, step 10: T2 cannot run spin_lock_private: T2 spins on private_lock, held by T1 since step 5; kept the 9 steps before it and completed the run',
    ]);
    expect(d.value.choices.schedule.slice(0, 9).join('')).toBe('111112222');
    expect(d.value.choices.cursor).toBe(4);
  });

  it('names a bad digit and keeps the steps before it', () => {
    const d = value('#fmt=1&sc=seed&v=racy&s=11x2');
    expect(d.warnings[0]).toBe('s, step 3: "x" is not a thread number (use digits 1-9); kept the 2 steps before it');
    expect(d.value.choices.schedule.slice(0, 2)).toEqual([1, 1]);
  });

  it('refuses newer formats and garbage, and warns about unknown ids', () => {
    expect(decodePermalink('#fmt=3&sc=seed').ok).toBe(false);
    expect(decodePermalink('#<script>alert(1)</script>').ok).toBe(false);
    expect(decodePermalink(`#${'1'.repeat(MAX_HASH_LENGTH + 1)}`).ok).toBe(false);
    const d = value('#fmt=1&sc=../../etc&v=nope&s=12');
    expect(d.warnings.join('\n')).toMatch(/sc: unknown scenario "..\/..\/etc"/);
    expect(d.warnings.join('\n')).toMatch(/v: unknown variant "nope"/);
    expect(d.value.choices.scenario).toBe('seed');
  });

  it('reads view options', () => {
    expect(value(`${RACY_COMMIT}&mode=talk&embed=1`).value.view).toEqual({ mode: 'talk', embed: true, compare: null });
    expect(value(`${RACY_COMMIT}&mode=presenter`).value.view).toEqual({ mode: 'presenter', embed: false, compare: null });
    expect(value(`${RACY_COMMIT}&cmp=racy~eb_refs`).value.view.compare).toEqual({ left: 'racy', right: 'eb_refs' });
    const bad = decodePermalink(`${RACY_COMMIT}&cmp=racy~readers`);
    expect(bad.ok && bad.value.view.compare).toBeNull();
    expect(bad.ok && bad.warnings.join()).toMatch(/cmp: "racy~readers" is not two variants of seed/);
    expect(value(`${RACY_COMMIT}&mode=disco`).warnings).toEqual(['mode: unknown mode "disco" (known: talk, presenter, challenge); ignored']);
    // A challenge's link with no schedule opens on the engine's own order (T1 then T2), not on the answer.
    const game = value('#fmt=2&sc=seed&v=racy&mode=challenge').value;
    expect(game.view.mode).toBe('challenge');
    expect(game.choices.schedule.join('')).toBe(`${'1'.repeat(13)}${'2'.repeat(12)}`);
    // One that names a schedule (a shared solution) opens on it.
    expect(value(`${RACY_COMMIT}&mode=challenge`).value.choices.schedule.join('')).toBe(RACY_COMMIT.match(/s=(\d+)/)?.[1]);
  });

  it('at past the end opens at the end, with a warning', () => {
    const d = value('#fmt=1&sc=seed&v=racy&at=99');
    expect(d.value.choices.cursor).toBe(d.value.choices.schedule.length);
    expect(d.warnings[0]).toMatch(/at: step index 99 is past the last step \(index 24\)/);
  });

  it('encode then decode gives back exactly the same view, for every preset, variant, scenario and cursor', () => {
    for (const { scenario: sc, variant: v } of SCENARIO_VARIANTS) {
      for (const p of scenarioOf(sc).presets) {
        const schedule = presetSchedule(sc, v, p.id);
        for (const cursor of [0, 1, schedule.length - 1, schedule.length]) {
          for (const view of [
            { mode: 'app' as const, embed: false, compare: null },
            { mode: 'talk' as const, embed: true, compare: { left: v, right: v } },
            { mode: 'presenter' as const, embed: false, compare: null },
          ]) {
            const link: Permalink = { choices: { scenario: sc, variant: v, schedule, cursor }, view };
            const d = value(encodePermalink(link));
            expect(d.warnings).toEqual([]);
            expect(d.value).toEqual(link);
          }
        }
      }
    }
  });

  it('encode/decode round-trips random runnable schedules (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SCENARIO_VARIANTS),
        fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 60 }),
        fc.nat(),
        ({ scenario: sc, variant: v }, picks, c) => {
          const model = getModel(sc, v);
          if (!model.ok) return;
          // Turn arbitrary picks into a runnable schedule: follow a pick when it can run.
          let r = replay(model.value, []);
          const prefix: number[] = [];
          for (const t of picks) {
            const next = replay(model.value, [...prefix, t]);
            if (next.ok) {
              prefix.push(t);
              r = next;
            }
          }
          if (!r.ok) return;
          const schedule = r.run.schedule;
          const link: Permalink = {
            choices: { scenario: sc, variant: v, schedule, cursor: c % (schedule.length + 1) },
            view: { mode: 'app', embed: false, compare: null },
          };
          const d = value(encodePermalink(link));
          expect(d.value).toEqual(link);
          expect(d.warnings).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});

/**
 * Any code point but the surrogates: the domain of fc.string({ unit: 'binary' }), whose
 * one-time set-up (a table of every code point) took ~2 s, half this test's budget on a
 * loaded machine, while the decoding it feeds takes ~50 ms.
 */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff - 0x800 }).map((n) => String.fromCodePoint(n < 0xd800 ? n : n + 0x800));
const binaryString = (maxLength: number) => fc.string({ unit: anyCodePoint, maxLength });

describe('decodePermalink never throws', () => {
  const check = (h: string) => {
    const d = decodePermalink(h);
    expect(typeof d.ok).toBe('boolean');
    if (d.ok) {
      expect(Array.isArray(d.warnings)).toBe(true);
      expect(d.value.choices.cursor).toBeGreaterThanOrEqual(0);
      expect(d.value.choices.cursor).toBeLessThanOrEqual(d.value.choices.schedule.length);
    } else expect(typeof d.reason).toBe('string');
  };

  it('for any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), check), { numRuns: 400 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), check), { numRuns: 300 });
    fc.assert(fc.property(binaryString(200), (s) => check(`#${s}`)), { numRuns: 300 });
  });

  it('for structured hashes with hostile values', () => {
    const key = fc.constantFrom('fmt', 'sc', 'fp', 'v', 's', 'at', 'mode', 'embed', 'cmp', 'x', '', '%', '%zz', 'fmt%3D');
    const val = fc.oneof(
      fc.constantFrom('1', '0', '2', '-1', 'seed', 'two-allocators', 'racy', 'eb_refs', 'talk', '%', '%E0%A4%A', '<script>', '../..', 'racy~eb_refs', '~', 'a~b~c'),
      // Fingerprints: today's, another scenario's, unknown, malformed.
      fc.constantFrom('0q3nins', '01n40wo', '03q20nf', 'zzzzzzz', '0000000', 'valueOf', '__proto', 'toStrin', '0q3nin'),
      fc.stringMatching(/^[0-9]{0,40}$/),
      fc.stringMatching(/^[1-3]{0,60}$/),
      binaryString(20),
    );
    const hash = fc
      .array(fc.tuple(key, fc.boolean(), val), { maxLength: 10 })
      .map((pairs) => `#${pairs.map(([k, eq, v]) => (eq ? `${k}=${v}` : k)).join('&')}`);
    fc.assert(fc.property(hash, check), { numRuns: 600 });
  });
});
