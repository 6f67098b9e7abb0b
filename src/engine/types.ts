// The engine's vocabulary. Everything here is plain, serializable data (no classes,
// no Maps) so that a state can be frozen, keyed, diffed and posted to a Web Worker.

/** A thread number as the user sees it: T1 is 1. */
export type Tid = number;

export type LockKind = 'spin' | 'sleep';

export interface LockDef {
  /** How a waiter waits: a spinlock spins, the page lock sleeps. */
  kind: LockKind;
  /** The short name in sentences, e.g. "private_lock" or "the page lock". */
  label: string;
  /** How the kernel spells it, e.g. "mapping->private_lock" (defaults to `label`). */
  name?: string;
  /** One line on what it guards, for a tooltip. */
  note?: string;
}

export interface LockHold {
  owner: Tid;
  /** 1-based step number at which the owner took the lock. */
  since: number;
}

export type LocalValue = string | number | boolean | null;

export type ThreadStatus = 'ready' | 'done' | 'oops';

export interface ThreadState {
  /** Index of the next step in the thread's program. */
  pc: number;
  status: ThreadStatus;
  /** The thread's local variables (a found flag, a preallocated pointer). */
  locals: Readonly<Record<string, LocalValue>>;
}

export interface Violation {
  invariant: string;
  message: string;
  /**
   * The kernel objects the break concerns, as the pack's picture names them (its
   * objects' ids): what the picture points at when the invariant breaks.
   */
  objects?: readonly string[];
  /** 1-based step number at which it broke. */
  step: number;
}

export interface EngineState<K> {
  kernel: K;
  locks: Readonly<Record<string, LockHold | null>>;
  threads: readonly ThreadState[];
  /** The first invariant broken on the way here; sticky, as a broken run stays a bug. */
  broken: Violation | null;
  /** Steps executed so far. */
  step: number;
}

/** A field of a kernel object changed (`obj`/`id`/`field` name it for the UI). */
export interface SetEvent {
  kind: 'set';
  obj: string;
  id: string;
  field: string;
  from: LocalValue;
  to: LocalValue;
}

export interface LockEvent {
  kind: 'lock';
  lock: string;
  thread: Tid;
  op: 'acquire' | 'release';
}

/** A step computed a value that decides a later branch (a check's answer). */
export interface ResultEvent {
  kind: 'result';
  name: string;
  value: LocalValue;
  detail: string;
}

/**
 * An event of a kind a scenario pack defines for its own objects (a radix-tree lookup, a
 * pointer dereference). The engine records it and never reads it: the pack's describer
 * and picture narrow it by `type`.
 */
export interface PackEvent {
  kind: 'pack';
  type: string;
}

export type EngineEvent =
  | SetEvent
  | LockEvent
  | { kind: 'alloc' | 'free'; obj: string; id: string }
  | ResultEvent
  | { kind: 'skip'; reason: string }
  | { kind: 'oops'; thread: Tid; log: readonly string[] }
  | { kind: 'invariant'; invariant: string; message: string }
  | PackEvent;

/** Where a step's model comes from; `inferred` marks what was never posted as code. */
export interface StepSource {
  ref: string;
  inferred?: boolean;
}

/** What a step's `apply` may do: read and replace the kernel state, record events. */
export interface StepCtx<K> {
  readonly tid: Tid;
  readonly variant: string;
  /** 1-based number of the step being executed. */
  readonly stepNo: number;
  kernel: K;
  local(name: string): LocalValue;
  setLocal(name: string, value: LocalValue): void;
  /** Records an event; a pack's own kinds go through this too (see PackEvent). */
  emit<E extends EngineEvent>(event: E): void;
  /** The branch this step models was not taken; the slot stays, with the reason. */
  skip(reason: string): void;
  /** This step broke a step-level invariant (a bad dereference). */
  violate(invariant: string, message: string, objects?: readonly string[]): void;
  /** The thread dies here (a kernel Oops); it runs no further steps. */
  oops(log: readonly string[]): void;
}

export interface StepDef<K> {
  /** The canonical op id (RACE.md section 5). */
  op: string;
  /** The kernel function this step sits in. */
  fn: string;
  /** Our own pseudo-C for the step, in the kernel's names. */
  code: readonly string[];
  source: StepSource;
  /** Locks taken at this step; held until a later step drops them. */
  takes?: readonly string[];
  /** Locks dropped at this step, before its `apply` runs. */
  drops?: readonly string[];
  /** Locks taken and dropped inside this one atomic step. */
  holds?: readonly string[];
  /**
   * A condition the step waits for besides its locks: while this returns a wait, the
   * step is not enabled (waiting is not a step). It models a retry loop whose failed
   * rounds change nothing another thread can see, such as alloc_extent_buffer()'s
   * `goto again` on -EEXIST while a dying eb still sits in buffer_radix: folding the
   * rounds into waiting keeps the state graph a DAG and every count finite.
   */
  waits?(s: EngineState<K>, tid: Tid): StepWait | null;
  narration: string;
  apply?(ctx: StepCtx<K>): void;
}

/** What a step waits for (StepDef.waits), reported by blockedBy like a lock. */
export interface StepWait {
  /** What is waited on, e.g. "buffer_radix"; not necessarily one of the model's locks. */
  on: string;
  /** The thread whose progress ends the wait. */
  holder: Tid;
  /** e.g. "T1 loops on -EEXIST: ...". */
  message: string;
}

export interface ThreadProgram<K> {
  tid: Tid;
  /** e.g. "alloc_extent_buffer(A)". */
  title: string;
  steps: readonly StepDef<K>[];
}

export interface Invariant<K> {
  id: string;
  /** What it says, in one line (the UI shows it beside a break). */
  title: string;
  /**
   * `always`: checked after every step; `end`: only once every thread has finished;
   * `step`: broken by a step itself through `ctx.violate` (a bad dereference), no check.
   */
  when: 'always' | 'end' | 'step';
  /** null when it holds; else what broke, in words, with the objects it concerns. */
  check?(s: EngineState<K>): string | { message: string; objects: readonly string[] } | null;
}

/**
 * A scenario in one variant, ready to run: the engine needs nothing else. The functions
 * that read the kernel are declared as methods so that a Model of a pack's own kernel
 * type can be held as a Model<unknown> by the layers that never read the kernel.
 */
export interface Model<K> {
  scenario: string;
  variant: string;
  locks: Readonly<Record<string, LockDef>>;
  threads: readonly ThreadProgram<K>[];
  initial: K;
  invariants: readonly Invariant<K>[];
  /** A compact canonical key of the kernel state, for the explorer's memo. */
  kernelKey(k: K): string;
  /** One line describing a final state, so equal endings count as one outcome. */
  summarize(s: EngineState<K>): string;
}

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };
