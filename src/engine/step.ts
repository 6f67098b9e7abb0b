// One atomic step of one thread: enabledness (with the reason when not enabled), and
// the transition itself, which returns data (the next state and its events) like
// xstate's transition().

import { devFreeze } from './freeze';
import type {
  EngineEvent,
  EngineState,
  LocalValue,
  Model,
  StepCtx,
  StepDef,
  ThreadState,
  Tid,
  Violation,
} from './types';

export function initialState<K>(model: Model<K>): EngineState<K> {
  const locks: Record<string, null> = {};
  for (const name of Object.keys(model.locks)) locks[name] = null;
  return devFreeze({
    kernel: model.initial,
    locks,
    threads: model.threads.map((): ThreadState => ({ pc: 0, status: 'ready', locals: {} })),
    broken: null,
    step: 0,
  });
}

export function isFinished(t: ThreadState): boolean {
  return t.status !== 'ready';
}

export function allFinished<K>(s: EngineState<K>): boolean {
  return s.threads.every(isFinished);
}

/** The step thread `tid` would run next, or undefined when it has finished. */
export function nextStep<K>(model: Model<K>, s: EngineState<K>, tid: Tid): StepDef<K> | undefined {
  const t = s.threads[tid - 1];
  if (!t || isFinished(t)) return undefined;
  return model.threads[tid - 1]?.steps[t.pc];
}

export interface Blocked {
  lock: string;
  holder: Tid;
  since: number;
  /** e.g. "T2 spins on private_lock, held by T1 since step 5". */
  message: string;
}

/** Why thread `tid` cannot run its next step, or null when it can (or has finished). */
export function blockedBy<K>(model: Model<K>, s: EngineState<K>, tid: Tid): Blocked | null {
  const step = nextStep(model, s, tid);
  if (!step) return null;
  for (const lock of [...(step.takes ?? []), ...(step.holds ?? [])]) {
    const hold = s.locks[lock];
    if (hold && hold.owner !== tid) {
      const def = model.locks[lock];
      const verb = def?.kind === 'sleep' ? 'sleeps on' : 'spins on';
      return {
        lock,
        holder: hold.owner,
        since: hold.since,
        message: `T${tid} ${verb} ${def?.label ?? lock}, held by T${hold.owner} since step ${hold.since}`,
      };
    }
  }
  return null;
}

export function isEnabled<K>(model: Model<K>, s: EngineState<K>, tid: Tid): boolean {
  return nextStep(model, s, tid) !== undefined && blockedBy(model, s, tid) === null;
}

export function enabledThreads<K>(model: Model<K>, s: EngineState<K>): Tid[] {
  const out: Tid[] = [];
  for (let tid = 1; tid <= s.threads.length; tid++) if (isEnabled(model, s, tid)) out.push(tid);
  return out;
}

export interface StepResult<K> {
  state: EngineState<K>;
  events: EngineEvent[];
  /** Why the step's branch was not taken, when it was not. */
  skipped: string | null;
  /** Every invariant that does not hold after this step (not only newly broken ones). */
  violations: Violation[];
}

/**
 * Runs thread `tid`'s next step. The caller must have checked `isEnabled`: the engine's
 * public entry points (replay, explore) never call this on a blocked or finished thread.
 */
export function applyStep<K>(model: Model<K>, s: EngineState<K>, tid: Tid): StepResult<K> {
  const thread = s.threads[tid - 1];
  const step = nextStep(model, s, tid);
  if (!thread || !step) throw new Error(`applyStep: T${tid} has no next step`);
  const stepNo = s.step + 1;
  const events: EngineEvent[] = [];
  const locks = { ...s.locks };
  const locals: Record<string, LocalValue> = { ...thread.locals };
  const stepViolations: Violation[] = [];
  let skipped: string | null = null;
  let oopsed = false;

  for (const lock of step.takes ?? []) {
    locks[lock] = { owner: tid, since: stepNo };
    events.push({ kind: 'lock', lock, thread: tid, op: 'acquire' });
  }
  for (const lock of step.holds ?? []) events.push({ kind: 'lock', lock, thread: tid, op: 'acquire' });

  const ctx: StepCtx<K> = {
    tid,
    variant: model.variant,
    stepNo,
    kernel: s.kernel,
    local: (name) => locals[name] ?? null,
    setLocal: (name, value) => {
      locals[name] = value;
    },
    emit: (event) => {
      events.push(event);
    },
    skip: (reason) => {
      skipped = reason;
      events.push({ kind: 'skip', reason });
    },
    violate: (invariant, message) => {
      stepViolations.push({ invariant, message, step: stepNo });
    },
    oops: (log) => {
      oopsed = true;
      events.push({ kind: 'oops', thread: tid, log });
    },
  };
  step.apply?.(ctx);

  for (const lock of step.holds ?? []) events.push({ kind: 'lock', lock, thread: tid, op: 'release' });
  for (const lock of step.drops ?? []) {
    locks[lock] = null;
    events.push({ kind: 'lock', lock, thread: tid, op: 'release' });
  }

  const pc = thread.pc + 1;
  const program = model.threads[tid - 1]?.steps ?? [];
  const nextThread: ThreadState = {
    pc,
    status: oopsed ? 'oops' : pc >= program.length ? 'done' : 'ready',
    locals,
  };
  const threads = s.threads.map((t, i) => (i === tid - 1 ? nextThread : t));
  const draft: EngineState<K> = { kernel: ctx.kernel, locks, threads, broken: s.broken, step: stepNo };

  const violations = [...stepViolations, ...checkInvariants(model, draft, stepNo)];
  violations.sort((a, b) => a.invariant.localeCompare(b.invariant));
  const first = violations[0];
  if (!s.broken && first) {
    draft.broken = first;
    events.push({ kind: 'invariant', invariant: first.invariant, message: first.message });
  }
  return { state: devFreeze(draft), events, skipped, violations };
}

function checkInvariants<K>(model: Model<K>, s: EngineState<K>, stepNo: number): Violation[] {
  const atEnd = allFinished(s);
  const out: Violation[] = [];
  for (const inv of model.invariants) {
    if (inv.when === 'end' && !atEnd) continue;
    const message = inv.check(s);
    if (message !== null) out.push({ invariant: inv.id, message, step: stepNo });
  }
  return out;
}

/** The key two states share exactly when every future and every verdict is the same. */
export function stateKey<K>(model: Model<K>, s: EngineState<K>): string {
  let key = model.kernelKey(s.kernel);
  for (const name in s.locks) key += `|${s.locks[name]?.owner ?? 0}`;
  for (const t of s.threads) {
    key += `|${t.pc}${t.status[0]}`;
    for (const name in t.locals) key += `,${name}=${t.locals[name]}`;
  }
  return `${key}|${s.broken?.invariant ?? ''}`;
}
