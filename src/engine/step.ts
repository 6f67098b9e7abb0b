// One atomic step of one thread: enabledness (with the reason when not enabled), and
// the transition itself, which returns data (the next state and its events) like
// xstate's transition().

import { devFreeze } from './freeze';
import type {
  EngineEvent,
  EngineState,
  LocalValue,
  LockHold,
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
  const wait = step.waits?.(s, tid);
  if (wait) return { lock: wait.on, holder: wait.holder, since: 0, message: wait.message };
  return null;
}

/** Why thread `tid` cannot run its next step in `s` (finished, dead, waiting), or null when it can. */
export function whyNotRun<K>(model: Model<K>, s: EngineState<K>, tid: Tid): string | null {
  const t = s.threads[tid - 1];
  if (!t) return `there is no thread T${tid}`;
  if (t.status === 'oops') return `T${tid} died in an Oops`;
  if (t.status === 'done') return `T${tid} has finished`;
  return blockedBy(model, s, tid)?.message ?? null;
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
  /** What the step did, for the UI to animate; empty when run with `events: false`. */
  events: EngineEvent[];
  /** Why the step's branch was not taken, when it was not. */
  skipped: string | null;
  /** Every invariant that does not hold after this step (not only newly broken ones). */
  violations: Violation[];
}

export interface StepOptions {
  /**
   * Record the step's events (the default). The explorer turns this off: it needs only
   * the next state, and building event objects for thousands of edges is its main cost.
   */
  events?: boolean;
}

/**
 * What a step's `apply` sees. One per applyStep call; its methods live on the prototype,
 * so running a step creates no closures. Locals and locks are copied only when written.
 */
class StepRecorder<K> implements StepCtx<K> {
  readonly tid: Tid;
  readonly variant: string;
  readonly stepNo: number;
  kernel: K;
  locals: Readonly<Record<string, LocalValue>>;
  private localsCopied = false;
  readonly events: EngineEvent[] = [];
  readonly violations: Violation[] = [];
  skipped: string | null = null;
  oopsed = false;
  private readonly recording: boolean;

  constructor(tid: Tid, variant: string, stepNo: number, kernel: K, locals: ThreadState['locals'], recording: boolean) {
    this.tid = tid;
    this.variant = variant;
    this.stepNo = stepNo;
    this.kernel = kernel;
    this.locals = locals;
    this.recording = recording;
  }

  local(name: string): LocalValue {
    return this.locals[name] ?? null;
  }

  setLocal(name: string, value: LocalValue): void {
    if (!this.localsCopied) {
      this.locals = { ...this.locals };
      this.localsCopied = true;
    }
    (this.locals as Record<string, LocalValue>)[name] = value;
  }

  emit<E extends EngineEvent>(event: E): void {
    if (this.recording) this.events.push(event);
  }

  skip(reason: string): void {
    this.skipped = reason;
    this.emit({ kind: 'skip', reason });
  }

  violate(invariant: string, message: string, objects?: readonly string[]): void {
    this.violations.push(objects ? { invariant, message, step: this.stepNo, objects } : { invariant, message, step: this.stepNo });
  }

  oops(log: readonly string[]): void {
    this.oopsed = true;
    this.emit({ kind: 'oops', thread: this.tid, log });
  }
}

/**
 * Runs thread `tid`'s next step. The caller must have checked `isEnabled`: the engine's
 * public entry points (replay, explore) never call this on a blocked or finished thread.
 */
export function applyStep<K>(model: Model<K>, s: EngineState<K>, tid: Tid, options?: StepOptions): StepResult<K> {
  const thread = s.threads[tid - 1];
  const step = nextStep(model, s, tid);
  if (!thread || !step) throw new Error(`applyStep: T${tid} has no next step`);
  const stepNo = s.step + 1;
  const ctx = new StepRecorder(tid, model.variant, stepNo, s.kernel, thread.locals, options?.events !== false);
  const { takes, holds, drops } = step;
  // A step that takes or drops no lock shares the lock table with the state before it.
  const locks: Record<string, LockHold | null> = takes || drops ? { ...s.locks } : (s.locks as Record<string, LockHold | null>);

  if (takes) {
    for (const lock of takes) {
      locks[lock] = { owner: tid, since: stepNo };
      ctx.emit({ kind: 'lock', lock, thread: tid, op: 'acquire' });
    }
  }
  if (holds) for (const lock of holds) ctx.emit({ kind: 'lock', lock, thread: tid, op: 'acquire' });
  // An unlock comes first in its step: what the step does after it runs unlocked
  // (alloc_extent_buffer() sets eb->pages[i] after spin_unlock(&mapping->private_lock)).
  if (drops) {
    for (const lock of drops) {
      locks[lock] = null;
      ctx.emit({ kind: 'lock', lock, thread: tid, op: 'release' });
    }
  }

  step.apply?.(ctx);

  if (holds) for (const lock of holds) ctx.emit({ kind: 'lock', lock, thread: tid, op: 'release' });

  const pc = thread.pc + 1;
  const program = model.threads[tid - 1]?.steps ?? [];
  const nextThread: ThreadState = {
    pc,
    status: ctx.oopsed ? 'oops' : pc >= program.length ? 'done' : 'ready',
    locals: ctx.locals,
  };
  const threads = s.threads.slice();
  threads[tid - 1] = nextThread;
  const draft: EngineState<K> = { kernel: ctx.kernel, locks, threads, broken: s.broken, step: stepNo };

  const violations = checkInvariants(model, draft, stepNo, ctx.violations);
  if (violations.length > 1) violations.sort((a, b) => a.invariant.localeCompare(b.invariant));
  const first = violations[0];
  if (!s.broken && first) {
    draft.broken = first;
    ctx.emit({ kind: 'invariant', invariant: first.invariant, message: first.message });
  }
  return { state: devFreeze(draft), events: ctx.events, skipped: ctx.skipped, violations };
}

/** The step's own violations followed by every model invariant that fails in `s`. */
function checkInvariants<K>(model: Model<K>, s: EngineState<K>, stepNo: number, out: Violation[]): Violation[] {
  const atEnd = allFinished(s);
  for (const inv of model.invariants) {
    if (!inv.check || (inv.when === 'end' && !atEnd)) continue;
    const broke = inv.check(s);
    if (broke === null) continue;
    if (typeof broke === 'string') out.push({ invariant: inv.id, message: broke, step: stepNo });
    else out.push({ invariant: inv.id, message: broke.message, step: stepNo, objects: broke.objects });
  }
  return out;
}

/**
 * The key two states share exactly when every future and every verdict is the same.
 * It leaves out, on purpose, only what records how a run got here: the step count
 * (`step`, equal anyway when every pc is), when each lock was taken (`since`, which only
 * blockedBy's sentence quotes), and the broken invariant's `step` and `message` (its id
 * stays). Anything else missing from it, or from the model's kernelKey, would merge
 * different states: tests/unit/state-key.test.ts checks that equal keys mean equal states.
 * A caller that already knows the kernel's key (the explorer) may pass it in.
 */
export function stateKey<K>(model: Model<K>, s: EngineState<K>, kernelKey: string = model.kernelKey(s.kernel)): string {
  let key = kernelKey;
  for (const name in s.locks) key += `|${s.locks[name]?.owner ?? 0}`;
  for (const t of s.threads) {
    key += `|${t.pc}${t.status[0]}`;
    for (const name in t.locals) key += `,${name}=${t.locals[name]}`;
  }
  return `${key}|${s.broken?.invariant ?? ''}`;
}
