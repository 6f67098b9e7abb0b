// replay(): every frame of one run. A schedule shorter than the whole run is completed
// by running the lowest-numbered enabled thread at each step, so a prefix names a run.

import type { ScheduleError } from './schedule';
import { allFinished, applyStep, blockedBy, enabledThreads, initialState, nextStep } from './step';
import type { EngineEvent, EngineState, Model, StepDef, Tid, Violation } from './types';

export interface Frame<K> {
  /** 1-based step number. */
  step: number;
  thread: Tid;
  /** Index of the step within its thread's program. */
  index: number;
  op: string;
  def: StepDef<K>;
  state: EngineState<K>;
  events: readonly EngineEvent[];
  skipped: string | null;
  /** Invariants that do not hold after this step. */
  violations: readonly Violation[];
  /** True when this step came from completing the user's schedule. */
  completed: boolean;
}

export type Outcome =
  | { verdict: 'safe' }
  | { verdict: 'bug'; invariant: string; step: number; message: string };

export interface Run<K> {
  scenario: string;
  variant: string;
  /** The whole schedule that ran, the completion included. */
  schedule: Tid[];
  initial: EngineState<K>;
  frames: Frame<K>[];
  final: EngineState<K>;
  outcome: Outcome;
  /** Set when no thread could run before every thread finished. */
  deadlock: string | null;
}

export type ReplayResult<K> =
  | { ok: true; run: Run<K> }
  | { ok: false; error: ScheduleError; /** The longest valid prefix. */ prefix: Tid[] };

export function replay<K>(model: Model<K>, schedule: readonly Tid[]): ReplayResult<K> {
  const r = execute(model, schedule, 'stop');
  return r.error ? { ok: false, error: r.error, prefix: r.run.schedule } : { ok: true, run: r.run };
}

/**
 * As much of `schedule` as can run, completed by the engine, and the error that cut it
 * short (null when it all ran): what a link or a carried-over interleaving keeps.
 */
export function replayValidPart<K>(model: Model<K>, schedule: readonly Tid[]): { run: Run<K>; error: ScheduleError | null } {
  return execute(model, schedule, 'complete');
}

/** Runs the schedule; at an entry that cannot run, stops there or completes from there. */
function execute<K>(model: Model<K>, schedule: readonly Tid[], onError: 'stop' | 'complete'): { run: Run<K>; error: ScheduleError | null } {
  const initial = initialState(model);
  let s = initial;
  const frames: Frame<K>[] = [];
  const ran: Tid[] = [];

  const run = (tid: Tid, completed: boolean): void => {
    const def = nextStep(model, s, tid) as StepDef<K>;
    const index = s.threads[tid - 1]?.pc ?? 0;
    const r = applyStep(model, s, tid);
    s = r.state;
    ran.push(tid);
    frames.push({
      step: s.step,
      thread: tid,
      index,
      op: def.op,
      def,
      state: s,
      events: r.events,
      skipped: r.skipped,
      violations: r.violations,
      completed,
    });
  };

  let error: ScheduleError | null = null;
  for (let i = 0; i < schedule.length && !error; i++) {
    const tid = schedule[i] as Tid;
    error = whyNot(model, s, tid, i);
    if (!error) run(tid, false);
  }

  let deadlock: string | null = null;
  while (!(error && onError === 'stop') && !allFinished(s)) {
    const next = enabledThreads(model, s)[0];
    if (next === undefined) {
      deadlock = describeDeadlock(model, s);
      break;
    }
    run(next, true);
  }

  return {
    error,
    run: {
      scenario: model.scenario,
      variant: model.variant,
      schedule: ran,
      initial,
      frames,
      final: s,
      outcome: outcomeOf(s),
      deadlock,
    },
  };
}

export function outcomeOf<K>(s: EngineState<K>): Outcome {
  const b = s.broken;
  return b ? { verdict: 'bug', invariant: b.invariant, step: b.step, message: b.message } : { verdict: 'safe' };
}

/** Why thread `tid` cannot be the schedule's entry at `position`, or null when it can. */
export function whyNot<K>(model: Model<K>, s: EngineState<K>, tid: Tid, position: number): ScheduleError | null {
  const at = `step ${position + 1}`;
  if (!Number.isInteger(tid) || tid < 1 || tid > model.threads.length) {
    return {
      position,
      code: 'unknown-thread',
      thread: null,
      message: `${at}: there is no thread T${tid} in ${model.scenario} (threads T1-T${model.threads.length})`,
    };
  }
  const t = s.threads[tid - 1];
  if (t && t.status !== 'ready') {
    const how = t.status === 'oops' ? 'died in an Oops' : 'has finished';
    return { position, code: 'finished', thread: tid, message: `${at}: T${tid} ${how}; it has no step left` };
  }
  const blocked = blockedBy(model, s, tid);
  if (blocked) {
    const def = nextStep(model, s, tid);
    return {
      position,
      code: 'blocked',
      thread: tid,
      message: `${at}: T${tid} cannot run ${def?.op ?? 'its next step'}: ${blocked.message}`,
    };
  }
  return null;
}

function describeDeadlock<K>(model: Model<K>, s: EngineState<K>): string {
  const waits: string[] = [];
  for (let tid = 1; tid <= s.threads.length; tid++) {
    const b = blockedBy(model, s, tid);
    if (b) waits.push(b.message);
  }
  return `deadlock after step ${s.step}: ${waits.join('; ')}`;
}
