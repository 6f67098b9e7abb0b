// The challenge slice (challenge mode, mode=challenge): the user reaches the scenario's
// goal (packs/contract.ts ChallengeDef) by scheduling the threads with Run T1 / Run T2 and
// drags, with the verdict and every mark hidden until the run gets there
// (disclosure.ts). What is solved is derived from the run and the cursor; this slice
// keeps only what the user asked for: how many hints are shown, and a give-up.
//
// Where each piece lives:
//   URL hash:    mode=challenge (the schedule and cursor are the run slice's, as in any link)
//   memory only: the hints shown, the give-up, the tries counted

import { contextSwitches, type Run, type Tid } from '../engine';
import { findScenario, unplannedSchedule } from '../packs';
import type { SliceCreator } from './store';

export interface ChallengeState {
  /** The scenario and variant these belong to: a switch starts afresh. */
  key: string;
  hints: number;
  gaveUp: boolean;
  /** Runs played to their end without reaching the goal (the schedules, so a replay is not a new try). */
  tries: readonly string[];
}

export interface ChallengeSlice {
  challenge: ChallengeState;
  /** Challenge mode on, from the engine's own order at the initial state. */
  startChallenge(): void;
  leaveChallenge(): void;
  showHint(): void;
  giveUp(): void;
  /** The run reached its end without the goal: one more try (a schedule counts once). */
  noteTry(): void;
}

/** After this many tries a challenge that cannot be won shows its proof unasked. */
export const TRIES_BEFORE_PROOF = 3;

const keyOf = (s: { scenario: string; variant: string }) => `${s.scenario}/${s.variant}`;
const FRESH: ChallengeState = { key: '', hints: 0, gaveUp: false, tries: [] };

export const createChallengeSlice = (): SliceCreator<ChallengeSlice> => (set, get) => {
  /** This scenario and variant's challenge state: a fresh one after a switch. */
  const current = (): ChallengeState => {
    const s = get();
    return { ...challengeOf(s.challenge, s.scenario, s.variant), key: keyOf(s) };
  };
  return {
    challenge: FRESH,
    startChallenge() {
      const s = get();
      s.loadSchedule(unplannedSchedule(s.scenario, s.variant), 0);
      set({ mode: 'challenge', challenge: { key: keyOf(get()), hints: 0, gaveUp: false, tries: [] }, compare: { ...get().compare, on: false } });
    },
    leaveChallenge: () => set({ mode: 'app' }),
    showHint: () => set({ challenge: { ...current(), hints: current().hints + 1 } }),
    giveUp: () => set({ challenge: { ...current(), gaveUp: true } }),
    noteTry() {
      const s = get();
      const c = current();
      const schedule = s.schedule.join('');
      if (!c.tries.includes(schedule)) set({ challenge: { ...c, tries: [...c.tries, schedule] } });
    },
  };
};

export interface Solved {
  /** The step at which the goal is reached. */
  step: number;
  /** Context switches up to that step. */
  switches: number;
  happened: string;
  /** The schedule up to that step. */
  schedule: Tid[];
}

/** The goal reached by the run on screen, once the cursor has got there; else null. */
export function solvedOf(scenario: string, variant: string, run: Run<unknown>, cursor: number): Solved | null {
  const def = findScenario(scenario)?.challenge(variant);
  if (!def) return null;
  const step = def.reached(run);
  if (step === null || cursor < step) return null;
  const schedule = run.schedule.slice(0, step);
  return { step, switches: contextSwitches(schedule), happened: def.happened(run, step), schedule };
}

/** The challenge state of this scenario and variant (a fresh one after a switch); a stable object for a selector. */
export const challengeOf = (c: ChallengeState, scenario: string, variant: string): ChallengeState => (c.key === `${scenario}/${variant}` ? c : FRESH);
