import { describe, expect, it } from 'vitest';
import { explore, replay } from '../engine';
import { findScenario, getModel, PACKS, type TourDef, type TourStopDef } from '../packs';
import { claimsOf } from '../store/tour';
import { loadBuiltinTours, resolveStop, resolveTourDef } from './builtin';

const TOUR = (await loadBuiltinTours()).find((b) => b.def.id === 'subpage-eb-race');
const DEF = (await Promise.all(PACKS.map((p) => p.tours?.() ?? []))).flat().find((d) => d.id === 'subpage-eb-race') as TourDef;

describe('the built-in tour "The subpage eb race"', () => {
  it('has about ten stops, each with a claim, and every stop whose scenario exists resolves', () => {
    expect(TOUR).toBeDefined();
    expect(DEF.stops.length).toBeGreaterThanOrEqual(10);
    expect(DEF.stops.every((s) => s.claims.verdict === 'bug' || s.claims.verdict === 'safe')).toBe(true);
    const shown = DEF.stops.filter((s) => findScenario(s.view.scenario));
    expect(TOUR?.tour.stops.map((s) => s.title)).toEqual(shown.map((s) => s.title));
    // Only a scenario this app does not have yet is a reason to skip a stop.
    expect(TOUR?.warnings).toEqual(
      DEF.stops.flatMap((s, i) => (findScenario(s.view.scenario) ? [] : [`stop ${i + 1} (${JSON.stringify(s.title)}) was skipped: scenario ${s.view.scenario} is not in this version of the app`])),
    );
  });

  it.each(TOUR?.tour.stops.map((s, i) => [i + 1, s.title, s] as const) ?? [])('stop %i (%s): its replay reaches the verdict it claims', (_, __, stop) => {
    const model = getModel(stop.view.scenario, stop.view.variant);
    if (!model.ok) throw new Error(model.error);
    const r = replay(model.value, stop.view.schedule);
    if (!r.ok) throw new Error(r.error.message);
    const claims = stop.claims ?? { verdict: 'none' };
    const shown = claimsOf(r.run.outcome);
    expect(shown.verdict).toBe(claims.verdict);
    if ('invariant' in claims && claims.invariant) expect(shown.invariant).toBe(claims.invariant);
    // The clicker's range lies inside the run.
    expect(stop.view.at).toBeGreaterThanOrEqual(-1);
    expect(stop.view.until ?? r.run.schedule.length - 1).toBeGreaterThanOrEqual(stop.view.at);
    expect(stop.view.until ?? 0).toBeLessThan(r.run.schedule.length);
  });

  it('stops the story names are where the story says: the window, the detach, the crash', () => {
    const stop = (title: string) => TOUR?.tour.stops.find((s) => s.title === title);
    const opAt = (title: string, index: number | undefined) => {
      const s = stop(title);
      const m = s && getModel(s.view.scenario, s.view.variant);
      if (!s || !m?.ok || index === undefined) return null;
      const r = replay(m.value, s.view.schedule);
      const f = r.ok ? r.run.frames[index] : undefined;
      return f ? `T${f.thread} ${f.op}` : null;
    };
    expect(opAt('The window', stop('The window')?.view.until)).toBe('T2 page_range_has_eb');
    expect(opAt('The detach', stop('The detach')?.view.at)).toBe('T2 btrfs_detach_subpage');
    expect(opAt('The crash', stop('The crash')?.view.until)).toBe('T1 btrfs_subpage_test_uptodate');
    // In the window, T1 has run spin_unlock_private and not radix_tree_insert.
    const w = stop('The window');
    const m = w && getModel('seed', 'racy');
    if (!w || !m?.ok) throw new Error('no window stop');
    const r = replay(m.value, w.view.schedule);
    const before = r.ok ? r.run.frames.slice(0, (w.view.until ?? 0) + 1).map((f) => `T${f.thread} ${f.op}`) : [];
    expect(before).toContain('T1 spin_unlock_private');
    expect(before).not.toContain('T1 radix_tree_insert');
  });

  it("the explorer's counts quoted in its notes are the explorer's", () => {
    const notes = DEF.stops.find((s) => s.title === "The explorer's counts")?.notes ?? '';
    const n = (x: bigint) => Number(x).toLocaleString('en-US');
    for (const variant of ['racy', 'under_alloc', 'eb_refs']) {
      const m = getModel('seed', variant);
      if (!m.ok) throw new Error(m.error);
      const e = explore(m.value);
      expect(notes).toContain(`${n(e.schedules)} schedules`);
      expect(notes).toContain(e.badSchedules > 0n ? `${n(e.badSchedules)} of them bad` : `${n(e.schedules)} schedules, none bad`);
    }
  });
});

describe('resolving a tour definition', () => {
  const base: TourStopDef = {
    title: 'x',
    notes: '',
    view: { scenario: 'seed', variant: 'racy', schedule: { preset: 'commit-message' }, at: 'initial', compare: null },
    claims: { verdict: 'bug' },
  };
  const stop = (view: Partial<TourStopDef['view']>) => resolveStop({ ...base, view: { ...base.view, ...view } });

  it('skips a stop whose scenario is not in the registry, with a warning, and keeps the others', () => {
    const r = resolveTourDef({ id: 't', title: 'T', blurb: '', stops: [base, { ...base, title: 'later', view: { ...base.view, scenario: 'endio-writer' } }, base] });
    expect(r.tour.stops).toHaveLength(2);
    expect(r.warnings).toEqual(['stop 2 ("later") was skipped: scenario endio-writer is not in this version of the app']);
  });

  it('names schedules by preset, digits or ops, and steps by op and occurrence', () => {
    const viaDigits = stop({ schedule: { digits: '1111111222222222211111122' } });
    const viaPreset = stop({});
    expect(typeof viaDigits !== 'string' && typeof viaPreset !== 'string' && viaDigits.view.schedule).toEqual(typeof viaPreset !== 'string' && viaPreset.view.schedule);
    const through = stop({ schedule: { through: [{ thread: 1, op: 'spin_unlock_private' }, { thread: 2, op: 'btrfs_detach_subpage' }] } });
    expect(typeof through !== 'string' && through.view.schedule.join('').slice(0, 15)).toBe('111111122222222');
    // T2's second spin_lock_buffer is the nested one, index 5 of T2: position 12 of the commit message's interleaving.
    const nested = stop({ at: { thread: 2, op: 'spin_lock_buffer', nth: 2 } });
    expect(typeof nested !== 'string' && nested.view.at).toBe(12);
  });

  it('says why a stop cannot be resolved', () => {
    expect(stop({ variant: 'v9' })).toBe('seed has no variant v9');
    expect(stop({ schedule: { preset: 'nope' } })).toBe('seed has no preset nope');
    expect(stop({ schedule: { digits: '12a' } })).toBe('"12a" is not a schedule');
    expect(stop({ schedule: { digits: '13' } })).toMatch(/^its schedule cannot run: /);
    expect(stop({ at: { thread: 1, op: 'no_such_op' } })).toBe('its first step, T1 no_such_op, is not in its run');
    expect(stop({ schedule: { through: [{ thread: 4, op: 'x' }] } })).toBe('there is no thread T4');
    expect(stop({ at: { thread: 2, op: 'call_rcu' }, until: { thread: 1, op: 'find_extent_buffer' } })).toBe('its last step comes before its first');
  });
});
