// What the timeline marks besides the steps, computed from the scenario's own race
// windows (ScenarioDef.windows) and the engine's run: the span in which a thread's
// object is half-made, whether the other thread's check falls inside it, the step where
// an invariant first breaks, and the steps where a thread crashes.

import type { Model, Run } from '../../engine';
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
    const open = chips.find((c) => c.thread === def.thread && c.op === def.from);
    const close = open && chips.find((c) => c.thread === def.thread && c.op === def.to && c.position > open.position);
    if (!open || !close) continue;
    const check = chips.find((c) => c.thread === def.check.thread && c.op === def.check.op);
    out.push({
      def,
      first: open.position,
      last: close.position,
      check: check ? { position: check.position, inside: check.position > open.position && check.position < close.position } : null,
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

export function stepMarks(run: Run<unknown>, model: Model<unknown>): StepMarks {
  const stepLevel = new Set(model.invariants.filter((i) => i.when === 'step').map((i) => i.id));
  const crashes = new Set<number>();
  run.frames.forEach((f, i) => {
    const faults = f.events.some((e) => e.kind === 'oops') || f.violations.some((v) => stepLevel.has(v.invariant) && v.step === f.step);
    if (faults) crashes.add(i);
  });
  const o = run.outcome;
  return { broken: o.verdict === 'bug' ? o.step - 1 : -1, brokenName: o.verdict === 'bug' ? o.invariant : null, crashes };
}
