// What the timeline marks besides the steps, computed from the scenario's own race
// windows (ScenarioDef.windows) and the engine's run: the span in which a thread's
// object is half-made, whether the other thread's check falls inside it, the step where
// an invariant first breaks, and the steps where a thread crashes.

import type { Frame, Model, Run } from '../../engine';
import type { RaceWindowDef } from '../../packs';
import type { Chip } from '../../store';

export interface WindowSpan {
  def: RaceWindowDef;
  /** Positions (0-based) of the steps that open and close the window; both are shaded. */
  first: number;
  last: number;
  /** The other thread's step, and whether it runs inside the window. */
  check: { position: number; inside: boolean } | null;
}

export function windowSpans(windows: readonly RaceWindowDef[], chips: readonly Chip[]): WindowSpan[] {
  const out: WindowSpan[] = [];
  for (const def of windows) {
    const own = chips.filter((c) => c.thread === def.thread);
    // A window from the thread's start opens at its first step; one to its end closes at its last.
    const open = def.from === null ? own[0] : own.find((c) => c.op === def.from);
    const close = def.to === null ? own[own.length - 1] : own.find((c) => c.op === def.to && (!open || c.position > open.position));
    if (!open || !close) continue;
    const check = chips.find((c) => c.thread === def.check.thread && c.op === def.check.op);
    const after = (p: number) => (def.from === null ? true : p > open.position);
    const before = (p: number) => (def.to === null ? true : p < close.position);
    out.push({
      def,
      first: open.position,
      last: close.position,
      check: check ? { position: check.position, inside: after(check.position) && before(check.position) } : null,
    });
  }
  return out;
}

export interface StepMarks {
  /** 0-based position of the step where the run's first invariant breaks, or -1. */
  broken: number;
  brokenName: string | null;
  /**
   * 0-based positions of the steps where a thread crashes: it dies (an Oops, an
   * assertion's BUG()), or the step itself dereferences what it must not (a step-level
   * invariant, such as a use of a freed or NULL pointer, broken by the step).
   */
  crashes: ReadonlySet<number>;
}

/** Does this step crash its thread: an Oops, or a step-level invariant (a bad dereference) the step itself breaks? */
function faults(f: Frame<unknown>, stepLevel: ReadonlySet<string>): boolean {
  return f.events.some((e) => e.kind === 'oops') || f.violations.some((v) => stepLevel.has(v.invariant) && v.step === f.step);
}

const stepLevelOf = (model: Model<unknown>): Set<string> => new Set(model.invariants.filter((i) => i.when === 'step').map((i) => i.id));

export function stepMarks(run: Run<unknown>, model: Model<unknown>): StepMarks {
  const stepLevel = stepLevelOf(model);
  const crashes = new Set<number>();
  run.frames.forEach((f, i) => {
    if (faults(f, stepLevel)) crashes.add(i);
  });
  const o = run.outcome;
  return { broken: o.verdict === 'bug' ? o.step - 1 : -1, brokenName: o.verdict === 'bug' ? o.invariant : null, crashes };
}

/**
 * The step at which thread `tid` crashed among the first `cursor` steps, if it did. A
 * thread the model lets run on past a bad dereference (so that every schedule has the
 * same steps) has "finished" in the engine; the UI must still say where it crashed.
 */
export function crashOf(run: Run<unknown>, model: Model<unknown>, tid: number, cursor: number): Frame<unknown> | null {
  const stepLevel = stepLevelOf(model);
  return run.frames.slice(0, cursor).find((f) => f.thread === tid && faults(f, stepLevel)) ?? null;
}

/**
 * The window in words: whose, what holds in it, and whether the check runs in it (and,
 * in a fix, is caught). `checkTold`: false while a presented run has not reached the
 * check. `safe`: the run is safe (told only where the verdict is).
 */
export function windowText(w: WindowSpan, checkTold = true, safe = false): string {
  const d = w.def;
  const whose = d.raceIn ? `${d.raceIn}'s race window (T${d.thread})` : `T${d.thread} race window`;
  const check = `T${d.check.thread}'s ${d.check.op}`;
  // A window is proved with its two threads alone (src/engine/windows.ts): with a third
  // thread in play, the check may run inside it and the run stay safe (two-allocators:
  // T3 put eb C in buffer_radix first, and T2's lookup finds it).
  const caught = d.raceIn ? ' and is caught' : safe ? ', yet this run is safe: another thread changed what it sees' : '';
  const where = w.check && checkTold ? (w.check.inside ? `; ${check} runs inside it${caught}` : `; ${check} runs outside it`) : '';
  return `${whose}: ${d.label}${where}`;
}
