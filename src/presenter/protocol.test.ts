import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAction } from '../actions/registry';
import {
  FORWARDED_ACTIONS,
  PROTOCOL,
  parsePresenterMessage,
  parseStageMessage,
  presenterBye,
  presenterHello,
  presenterKey,
  restartClock,
  stageBye,
  stageState,
} from './protocol';

const LINK = '#fmt=2&sc=seed&fp=0q3nins&v=racy&s=1111111222222222222111111&at=3&mode=talk';
const STOP = { title: 'The detach', notes: 'Pause here.', index: 5, count: 12, until: 14, next: 'The crash' };
const state = stageState('s1', LINK, STOP, 1_700_000_000_000, false);

describe('the presenter protocol', () => {
  it('parses every message it builds back to itself, in its own direction only', () => {
    const fromStage = [state, stageState('s1', LINK, null, 0, true), stageBye('s1')];
    const fromPresenter = [presenterHello(null), presenterHello('s1'), presenterBye('s1'), presenterKey('s1', 'talk-next'), restartClock('s1')];
    for (const m of fromStage) {
      expect(parseStageMessage(structuredClone(m))).toEqual(m);
      expect(parsePresenterMessage(m)).toBeNull();
    }
    for (const m of fromPresenter) {
      expect(parsePresenterMessage(structuredClone(m))).toEqual(m);
      expect(parseStageMessage(m)).toBeNull();
    }
  });

  it('forwards only keys of the registry that step or blank: never the notes, an edit, or leaving talk mode', () => {
    for (const id of FORWARDED_ACTIONS) expect(findAction(id), id).toBeDefined();
    for (const id of ['notes', 'leave-talk', 'undo', 'redo', 'run-thread', 'talk', 'legend', 'presenter']) {
      expect(FORWARDED_ACTIONS as readonly string[]).not.toContain(id);
      expect(parsePresenterMessage({ ...presenterKey('s1', 'talk-next'), action: id })).toBeNull();
    }
  });

  it('drops malformed and hostile messages', () => {
    const bad: unknown[] = [
      null,
      undefined,
      'talk-next',
      42,
      [state],
      {},
      { ...state, proto: 'btrfs-race-presenter/1' },
      { ...state, from: 'presenter' },
      { ...state, kind: 'eval' },
      { ...state, extra: '<img src=x onerror=alert(1)>' },
      { ...state, link: 42 },
      { ...state, link: 'fmt=2&sc=seed' },
      { ...state, link: `#${'s'.repeat(5000)}` },
      { ...state, stop: 'notes' },
      { ...state, stop: { title: 'x' } },
      { ...state, stop: { ...STOP, notes: 1 } },
      { ...state, stop: { ...STOP, html: '<b>' } },
      { ...state, stop: { ...STOP, notes: 'n'.repeat(20_001) } },
      { ...state, stop: { title: 'x', notes: '' } },
      { ...state, stop: { ...STOP, index: 13 } },
      { ...state, stop: { ...STOP, index: 0 } },
      { ...state, stop: { ...STOP, until: 1.5 } },
      { ...state, stop: { ...STOP, next: 7 } },
      { ...state, startedAt: Number.NaN },
      { ...state, startedAt: Number.POSITIVE_INFINITY },
      { ...state, startedAt: '0' },
      { ...state, blank: 'yes' },
      { ...state, stage: '' },
      { ...state, stage: 'x'.repeat(65) },
      { ...state, stage: 7 },
      { proto: PROTOCOL, from: 'stage', kind: 'state' },
      { ...stageBye('s1'), link: LINK },
    ];
    for (const m of bad) expect(parseStageMessage(m), JSON.stringify(m)).toBeNull();

    const badPresenter: unknown[] = [
      { proto: PROTOCOL, from: 'presenter', kind: 'hello' },
      { ...presenterHello(null), stage: 3 },
      { ...presenterKey('s1', 'blank'), action: '__proto__' },
      { ...presenterKey('s1', 'blank'), action: 'constructor' },
      { ...presenterKey('s1', 'blank'), action: ['blank'] },
      { ...presenterKey('s1', 'blank'), stage: null },
      { ...presenterKey('s1', 'blank'), times: 100 },
      { ...restartClock('s1'), stage: '' },
      { ...presenterBye(null), kind: 'BYE' },
    ];
    for (const m of badPresenter) expect(parsePresenterMessage(m), JSON.stringify(m)).toBeNull();
  });

  it('never throws, and accepts only what a builder could have made', () => {
    const near = fc.record(
      {
        proto: fc.constantFrom(PROTOCOL, 'x'),
        from: fc.constantFrom('stage', 'presenter', 'other'),
        kind: fc.constantFrom('state', 'bye', 'hello', 'key', 'restart-clock', 'toString'),
        stage: fc.oneof(fc.constant('s1'), fc.constant(null), fc.string()),
        link: fc.oneof(fc.constant(LINK), fc.string()),
        stop: fc.oneof(
          fc.constant(null),
          fc.record({ title: fc.string(), notes: fc.string(), index: fc.integer(), count: fc.integer(), until: fc.integer(), next: fc.option(fc.string()) }),
          fc.anything(),
        ),
        startedAt: fc.oneof(fc.double(), fc.anything()),
        blank: fc.oneof(fc.boolean(), fc.anything()),
        action: fc.oneof(fc.constantFrom(...FORWARDED_ACTIONS, 'notes'), fc.string()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), near), (data) => {
        const s = parseStageMessage(data);
        if (s) expect(s).toEqual(s.kind === 'bye' ? stageBye(s.stage) : stageState(s.stage, s.link, s.stop, s.startedAt, s.blank));
        const p = parsePresenterMessage(data);
        if (p?.kind === 'key') expect(FORWARDED_ACTIONS).toContain(p.action);
        if (p) expect(Object.keys(p).sort()).toEqual(Object.keys(data as object).sort());
      }),
      { numRuns: 1000 },
    );
  });
});
