// The explore CLI: argument parsing and report formatting as pure functions, for every
// scenario and variant the tests know; then the real process once per kind of input,
// on the app's default scenario, against what the engine says in this process (each
// spawn costs about half a second idle, most of it tsx starting; the five took 58 s in
// a full run at load ~20, hence 150 s). A pack pins its own reports in its words, as
// src/packs/btrfs-subpage/tests/cli.test.ts does.

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { exactNumber, explorationJson, explorationText, replayJson, replayText, words } from '../../src/cli/report';
import type { EngineState, Model, Tid } from '../../src/engine';
import { allFinished, applyStep, enabledThreads, explore, formatSchedule, initialState, nthBadSchedule, replay, stateKey } from '../../src/engine';
import { DEFAULT_SCENARIO, defaultVariant, modelOf, presetSchedule, SCENARIOS } from '../../src/packs';
import { TEST_REGISTRY, TEST_SCENARIO_VARIANTS } from '../fixtures/scenario-variants';

const SC = DEFAULT_SCENARIO;
const V = defaultVariant(SC);

describe('parseArgs', () => {
  it('reads flags with separate or inline values, and repeated schedules', () => {
    expect(parseArgs(['--scenario', SC, `--variant=${V}`, '--schedule', '12', '--schedule=21', '--json'])).toEqual({
      ok: true,
      value: { scenario: SC, variant: V, schedules: ['12', '21'], json: true },
    });
  });

  it('refuses with a message, never a throw', () => {
    expect(parseArgs(['--scenario', SC, '--variant', V, '--frobnicate'])).toEqual({ ok: false, error: 'unknown argument "--frobnicate"' });
    expect(parseArgs(['--scenario', '--variant', V])).toEqual({ ok: false, error: '--scenario needs a value' });
    expect(parseArgs(['--variant', V])).toEqual({ ok: false, error: '--scenario is required' });
    expect(parseArgs(['--scenario', SC])).toEqual({ ok: false, error: '--variant is required' });
    expect(parseArgs(['--schedule'])).toEqual({ ok: false, error: '--schedule needs a value' });
    expect(parseArgs(['-h'])).toEqual({ ok: false, error: 'help' });
  });
});

/** A prefix after which some ready thread is blocked, and that thread; null when no lock ever blocks. */
function blockedPrefix(m: Model<unknown>): { prefix: Tid[]; tid: Tid } | null {
  const seen = new Set<string>();
  const walk = (s: EngineState<unknown>, prefix: Tid[]): { prefix: Tid[]; tid: Tid } | null => {
    const key = stateKey(m, s);
    if (allFinished(s) || seen.has(key)) return null;
    seen.add(key);
    const enabled = enabledThreads(m, s);
    const blocked = s.threads.findIndex((t, i) => t.status === 'ready' && !enabled.includes(i + 1));
    if (blocked >= 0) return { prefix, tid: blocked + 1 };
    for (const tid of enabled) {
      const found = walk(applyStep(m, s, tid, { events: false }).state, [...prefix, tid]);
      if (found) return found;
    }
    return null;
  };
  return walk(initialState(m), []);
}

describe('report', () => {
  it('keeps counts exact: numbers up to 2^53 - 1, decimal strings beyond', () => {
    expect(exactNumber(27720n)).toBe(27720);
    expect(exactNumber(9007199254740991n)).toBe(9007199254740991);
    expect(exactNumber(9007199254740993n)).toBe('9007199254740993');
  });

  it.each(TEST_SCENARIO_VARIANTS)('$scenario / $variant: an exploration as JSON and as text', ({ scenario, variant }) => {
    const x = explore(TEST_REGISTRY.modelOf(scenario, variant));
    const j = explorationJson(x);
    expect(Object.keys(j)).toEqual(['scenario', 'variant', 'schedules', 'bad', 'states', 'shortest', 'fewestSwitches', 'outcomes']);
    expect(j).toMatchObject({ scenario, variant, schedules: exactNumber(x.schedules), bad: exactNumber(x.badSchedules), states: x.states });
    expect(j.outcomes).toHaveLength(x.outcomes.length);
    const text = explorationText(x);
    expect(text).toContain(`complete schedules  ${x.schedules}`);
    expect(text).toContain(`bad schedules       ${x.badSchedules}`);
    expect(text).toContain(`outcomes (${x.outcomes.length}):`);
    expect(text).toContain(`shortest bad        ${x.shortest ? formatSchedule(x.shortest) : '(none)'}`);
  });

  it.each(TEST_SCENARIO_VARIANTS)("$scenario / $variant: a replay, step by step in the pack's words, with the verdict", ({ scenario, variant }) => {
    const m = TEST_REGISTRY.modelOf(scenario, variant);
    const wordsOf = TEST_REGISTRY.describerOf(m);
    const x = explore(m);
    const bad = nthBadSchedule(x, 0n);
    const input = formatSchedule(bad ?? TEST_REGISTRY.presetSchedule(scenario, variant)).slice(0, 3);
    const r = replay(m, [...input].map(Number));
    if (!r.ok) throw new Error(r.error.message);
    const j = replayJson(input, r);
    expect(j).toMatchObject({ schedule: formatSchedule(r.run.schedule), input, outcome: r.run.outcome.verdict });
    const lines = replayText(input, r, wordsOf).split('\n');
    expect(lines).toHaveLength(1 + r.run.frames.length + 1);
    expect(lines[0]).toBe(`${scenario} / ${variant}  schedule ${formatSchedule(r.run.schedule)}`);
    // Completed steps are starred; each line names its thread, its op and what it did.
    r.run.frames.forEach((f, i) => {
      const what = f.skipped ? `skipped: ${f.skipped}` : f.events.map((e) => words(wordsOf(e, f))).filter(Boolean).join('; ');
      expect(lines[i + 1]).toBe(`${String(f.step).padStart(3)}${f.completed ? '*' : ' '} T${f.thread}  ${f.op.padEnd(28)} ${what}`);
      expect(f.completed).toBe(i >= input.length);
    });
    const o = r.run.outcome;
    expect(lines.at(-1)).toBe(o.verdict === 'bug' ? `verdict: bug: ${o.invariant} broken at step ${o.step}: ${o.message}` : 'verdict: safe');
    if (o.verdict === 'bug') expect(j).toMatchObject({ invariant: o.invariant, step: o.step, op: r.run.frames[o.step - 1]?.op });
  });

  it('describes an invalid schedule by position and reason', () => {
    const r = replay(modelOf(SC, V), [1, 0]);
    if (r.ok) throw new Error('T0 ran');
    expect(replayJson('10', r)).toEqual({ schedule: '10', error: r.error.message, position: 1, code: 'unknown-thread' });
    expect(replayText('10', r, () => null)).toBe(`schedule 10: error: ${r.error.message}`);
  });
});

describe('the explore process', () => {
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/explore.ts', ...args], {
      cwd: resolve(__dirname, '../..'),
      encoding: 'utf8',
      timeout: 30_000,
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('explores, replays, and refuses bad input with status 2 and a reason, as the engine says', () => {
    const m = modelOf(SC, V);
    const x = cli('--scenario', SC, '--variant', V, '--json');
    expect(x.status).toBe(0);
    expect(JSON.parse(x.stdout)).toEqual(JSON.parse(JSON.stringify(explorationJson(explore(m)))));

    const preset = formatSchedule(presetSchedule(SC, V));
    const r = cli('--scenario', SC, '--variant', V, '--json', '--schedule', preset, '--schedule', '21');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(lines).toEqual([preset, '21'].map((s) => JSON.parse(JSON.stringify(replayJson(s, replay(m, [...s].map(Number)))))));

    // Garbage, a blocked thread where the model has a lock that blocks, and a good one.
    const blocked = blockedPrefix(m);
    const stuck = blocked ? formatSchedule([...blocked.prefix, blocked.tid]) : '10';
    const bad = cli('--scenario', SC, '--variant', V, '--schedule', '11x', '--schedule', stuck, '--schedule', '12');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('explore: schedule "11x": step 3: "x" is not a thread number');
    const why = replay(m, [...stuck].map(Number));
    expect(bad.stderr).toContain(`explore: schedule "${stuck}": ${why.ok ? 'ran' : why.error.message}`);
    expect(bad.stdout).toMatch(/^verdict: (safe|bug)/m);

    const scenario = cli('--scenario', 'nope', '--variant', V);
    expect(scenario.status).toBe(2);
    expect(scenario.stderr).toContain(`explore: unknown scenario "nope" (known: ${SCENARIOS.map((s) => s.id).join(', ')})`);

    // Each scenario has its own variants, from the registry.
    const last = SCENARIOS.at(-1);
    if (!last) throw new Error('no scenario');
    const wrong = cli('--scenario', last.id, '--variant', 'no-such-variant');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain(`unknown variant "no-such-variant" for ${last.id} (known: ${last.variants.map((v) => v.id).join(', ')})`);

    const flag = cli('--scenario', SC, '--variant', V, '--frobnicate');
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain('unknown argument "--frobnicate"');
    expect(flag.stderr).toContain('usage:');
  }, 150_000);
});
