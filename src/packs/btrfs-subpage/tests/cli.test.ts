// The explore CLI: argument parsing and report formatting as pure functions, then the
// real process once per kind of input (each spawn costs about half a second idle, most
// of it tsx starting; the five took 58 s in a full run at load ~20, hence 150 s).

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { exactNumber, explorationJson, explorationText, replayJson, replayText, words } from '../../src/cli/report';
import { type EngineEvent, explore, replay } from '../../src/engine';
import { describerOf } from '../../src/packs';
import { model } from './helpers';

const digits = (text: string) => [...text].map(Number);
const describeEvent = describerOf(model('seed', 'racy'));

describe('parseArgs', () => {
  it('reads flags with separate or inline values, and repeated schedules', () => {
    expect(parseArgs(['--scenario', 'seed', '--variant=racy', '--schedule', '12', '--schedule=21', '--json'])).toEqual({
      ok: true,
      value: { scenario: 'seed', variant: 'racy', schedules: ['12', '21'], json: true },
    });
  });

  it('refuses with a message, never a throw', () => {
    expect(parseArgs(['--scenario', 'seed', '--variant', 'racy', '--frobnicate'])).toEqual({ ok: false, error: 'unknown argument "--frobnicate"' });
    expect(parseArgs(['--scenario', '--variant', 'racy'])).toEqual({ ok: false, error: '--scenario needs a value' });
    expect(parseArgs(['--variant', 'racy'])).toEqual({ ok: false, error: '--scenario is required' });
    expect(parseArgs(['--scenario', 'seed'])).toEqual({ ok: false, error: '--variant is required' });
    expect(parseArgs(['--schedule'])).toEqual({ ok: false, error: '--schedule needs a value' });
    expect(parseArgs(['-h'])).toEqual({ ok: false, error: 'help' });
  });
});

describe('report', () => {
  const seed = model('seed', 'racy');

  it('keeps counts exact: numbers up to 2^53 - 1, decimal strings beyond', () => {
    expect(exactNumber(27720n)).toBe(27720);
    expect(exactNumber(9007199254740991n)).toBe(9007199254740991);
    expect(exactNumber(9007199254740993n)).toBe('9007199254740993');
  });

  it('describes an exploration as JSON and as text', () => {
    const x = explore(seed);
    const j = explorationJson(x);
    expect(Object.keys(j)).toEqual(['scenario', 'variant', 'schedules', 'bad', 'states', 'shortest', 'fewestSwitches', 'outcomes']);
    expect(j).toMatchObject({ schedules: 264215, bad: 27720, states: 199, shortest: '111111122222222' });
    expect(j.outcomes).toContainEqual(expect.objectContaining({ outcome: 'bug', invariant: 'I1', schedules: 27720 }));
    const text = explorationText(x);
    expect(text).toContain('complete schedules  264215');
    expect(text).toContain('bad schedules       27720');
    expect(text).toContain('outcomes (3):');
    expect(explorationText(explore(model('seed', 'eb_refs')))).toContain('shortest bad        (none)');
  });

  it('describes a replay: the whole schedule, the verdict and where it broke', () => {
    const r = replay(seed, digits('111111122222222'));
    expect(replayJson('111111122222222', r)).toEqual({
      schedule: '1111111222222222111111222',
      input: '111111122222222',
      outcome: 'bug',
      invariant: 'I1',
      step: 15,
      thread: 2,
      op: 'btrfs_detach_subpage',
      message: 'eb A is attached to page P but PagePrivate is clear (page->private = 0)',
    });
    const text = replayText('111111122222222', r, describeEvent);
    expect(text.split('\n')).toHaveLength(1 + 25 + 1);
    expect(text).toMatch(/^ {2}7 {2}T1 {2}spin_unlock_private +mapping->private_lock dropped by T1; A->pages\[0\] = P$/m);
    expect(text).toMatch(/^ 16\* T2 {2}spin_unlock_buffer/m);
    expect(text).toContain('verdict: bug: I1 broken at step 15');
    expect(replayJson('12', replay(model('seed', 'eb_refs'), [1, 2]))).toMatchObject({ outcome: 'safe' });
  });

  it('describes an invalid schedule by position and reason', () => {
    const r = replay(seed, digits('1111122222'));
    expect(replayJson('1111122222', r)).toEqual({
      schedule: '1111122222',
      error: 'step 10: T2 cannot run spin_lock_private: T2 spins on private_lock, held by T1 since step 5',
      position: 9,
      code: 'blocked',
    });
    expect(replayText('1111122222', r, describeEvent)).toBe(
      'schedule 1111122222: error: step 10: T2 cannot run spin_lock_private: T2 spins on private_lock, held by T1 since step 5',
    );
  });

  it("turns events into words with the pack's describer", () => {
    const w = (e: EngineEvent) => words(describeEvent(e, null));
    expect(w({ kind: 'set', obj: 'page', id: 'P', field: 'private', from: 'S', to: null })).toBe('page->private S → 0');
    expect(w({ kind: 'lock', lock: 'private_lock', thread: 2, op: 'acquire' })).toBe('mapping->private_lock taken by T2');
    const gang = { kind: 'pack', type: 'radix', op: 'gang_lookup', key: 7696, count: 4, found: ['A'] } as EngineEvent;
    expect(w(gang)).toBe('buffer_radix gang lookup of up to 4 from key 7696: finds eb A');
    expect(w({ kind: 'pack', type: 'deref', ptr: null, ok: false } as EngineEvent)).toBe('page->private dereferenced while 0 (NULL)');
    expect(w({ kind: 'pack', type: 'deref', ptr: 'S', ok: true } as EngineEvent)).toBe('');
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

  it('explores, replays, and refuses bad input with status 2 and a reason', () => {
    const x = cli('--scenario', 'two-allocators', '--variant', 'racy', '--json');
    expect(x.status).toBe(0);
    const j = JSON.parse(x.stdout) as Record<string, unknown>;
    expect(Object.keys(j)).toEqual(['scenario', 'variant', 'schedules', 'bad', 'states', 'shortest', 'fewestSwitches', 'outcomes']);
    expect(j).toMatchObject({ scenario: 'two-allocators', variant: 'racy', schedules: 110456996412, bad: 2100654600, states: 1837 });

    const r = cli('--scenario', 'seed', '--variant', 'racy', '--json', '--schedule', '111111122222222', '--schedule', '21');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ schedule: '1111111222222222111111222', outcome: 'bug', invariant: 'I1', step: 15 });
    expect(lines[1]).toMatchObject({ schedule: '2111111111111122222222222', outcome: 'safe' });

    const bad = cli('--scenario', 'seed', '--variant', 'racy', '--schedule', '11x', '--schedule', '1111122222', '--schedule', '12');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('explore: schedule "11x": step 3: "x" is not a thread number');
    expect(bad.stderr).toContain('explore: schedule "1111122222": step 10: T2 cannot run spin_lock_private: T2 spins on private_lock, held by T1 since step 5');
    expect(bad.stdout).toContain('verdict: safe');

    const scenario = cli('--scenario', 'nope', '--variant', 'racy');
    expect(scenario.status).toBe(2);
    expect(scenario.stderr).toMatch(/^explore: unknown scenario "nope" \(known: seed, two-allocators[^)]*\)$/m);

    // endio-reader's own variants, from the registry like any scenario's.
    const endio = cli('--scenario', 'endio-reader', '--variant', 'private_check');
    expect(endio.status).toBe(0);
    expect(endio.stdout).toContain('complete schedules  167960');
    expect(endio.stdout).toContain('bad schedules       1920');
    const wrong = cli('--scenario', 'endio-reader', '--variant', 'racy');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('unknown variant "racy" for endio-reader (known: eb_refs, private_check, readers)');

    const flag = cli('--scenario', 'seed', '--variant', 'racy', '--frobnicate');
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain('unknown argument "--frobnicate"');
    expect(flag.stderr).toContain('usage:');
  }, 150_000);
});
