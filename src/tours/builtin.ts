// The built-in tours: each pack's TourDefs (src/packs/contract.ts) resolved to tours in
// today's step lists. A def names its schedule by preset, digits or ops and its steps by
// op, so it is resolved against the models, never against step indexes written down. A
// stop whose scenario is not in this app (a pack's tour may run ahead of its scenarios)
// is skipped with a warning, and so is one whose steps cannot be found.

import { replay, type Run, type Tid } from '../engine';
import { findScenario, findVariant, getModel, PACKS, type StepRef, type TourDef, type TourStopDef } from '../packs';
import type { Stop, Tour } from '../store/tour';

export interface BuiltinTour {
  def: TourDef;
  tour: Tour;
  /** Why stops were skipped, one line each. */
  warnings: string[];
}

const name = (ref: StepRef) => `T${ref.thread} ${ref.op}${ref.nth && ref.nth > 1 ? ` (occurrence ${ref.nth})` : ''}`;

/** The position in `schedule` of the step `ref` names, or -1. */
export function positionOf(model: { threads: readonly { steps: readonly { op: string }[] }[] }, schedule: readonly Tid[], ref: StepRef): number {
  const steps = model.threads[ref.thread - 1]?.steps ?? [];
  let seen = 0;
  let index = -1;
  for (const [i, s] of steps.entries()) {
    if (s.op === ref.op && ++seen === (ref.nth ?? 1)) {
      index = i;
      break;
    }
  }
  if (index < 0) return -1;
  let n = 0;
  for (const [p, t] of schedule.entries()) if (t === ref.thread && n++ === index) return p;
  return -1;
}

/** The prefix a `through` schedule names: each thread run up to and including its next named op. */
function throughPrefix(model: { threads: readonly { steps: readonly { op: string }[] }[] }, refs: readonly StepRef[]): Tid[] | string {
  const pc = model.threads.map(() => 0);
  const out: Tid[] = [];
  for (const ref of refs) {
    const steps = model.threads[ref.thread - 1]?.steps;
    if (!steps) return `there is no thread T${ref.thread}`;
    const from = pc[ref.thread - 1] as number;
    let end = -1;
    let seen = 0;
    for (let i = from; i < steps.length && end < 0; i++) if (steps[i]?.op === ref.op && ++seen === (ref.nth ?? 1)) end = i;
    if (end < 0) return `${name(ref)} is not among the thread's steps left to run`;
    for (let i = from; i <= end; i++) out.push(ref.thread);
    pc[ref.thread - 1] = end + 1;
  }
  return out;
}

/** One stop of a def as a stop, or why it is skipped. */
export function resolveStop(def: TourStopDef): Stop | string {
  const { view } = def;
  if (!findScenario(view.scenario)) return `scenario ${view.scenario} is not in this version of the app`;
  if (!findVariant(view.scenario, view.variant)) return `${view.scenario} has no variant ${view.variant}`;
  const m = getModel(view.scenario, view.variant);
  if (!m.ok) return m.error;
  const model = m.value;
  let prefix: Tid[] | string;
  const spec = view.schedule;
  if ('preset' in spec) {
    const preset = findScenario(view.scenario)?.presets.find((p) => p.id === spec.preset);
    prefix = preset ? preset.prefix(model) : `${view.scenario} has no preset ${spec.preset}`;
  } else if ('digits' in spec) {
    prefix = /^[1-9]*$/.test(spec.digits) ? [...spec.digits].map(Number) : `${JSON.stringify(spec.digits)} is not a schedule`;
  } else prefix = throughPrefix(model, spec.through);
  if (typeof prefix === 'string') return prefix;
  const r = replay(model, prefix);
  if (!r.ok) return `its schedule cannot run: ${r.error.message}`;
  const run: Run<unknown> = r.run;
  const indexOf = (ref: 'initial' | StepRef) => (ref === 'initial' ? -1 : positionOf(model, run.schedule, ref));
  const at = indexOf(view.at);
  if (view.at !== 'initial' && at < 0) return `its first step, ${name(view.at)}, is not in its run`;
  const until = view.until === undefined ? undefined : indexOf(view.until);
  if (view.until !== undefined && view.until !== 'initial' && (until as number) < 0) return `its last step, ${name(view.until)}, is not in its run`;
  if (until !== undefined && until < at) return 'its last step comes before its first';
  return {
    title: def.title,
    notes: def.notes,
    view: {
      scenario: view.scenario,
      variant: view.variant,
      schedule: run.schedule,
      at,
      ...(until !== undefined ? { until } : {}),
      compare: view.compare,
      ...(view.card ? { card: view.card } : {}),
    },
    // What the def claims, checked by tests against claimsOf(run.outcome).
    claims: { ...def.claims },
  };
}

export function resolveTourDef(def: TourDef): BuiltinTour {
  const stops: Stop[] = [];
  const warnings: string[] = [];
  for (const [i, s] of def.stops.entries()) {
    const r = resolveStop(s);
    if (typeof r === 'string') warnings.push(`stop ${i + 1} (${JSON.stringify(s.title)}) was skipped: ${r}`);
    else stops.push(r);
  }
  return { def, tour: { title: def.title, stops }, warnings };
}

let resolved: Promise<readonly BuiltinTour[]> | null = null;

/** Every pack's tours, loaded and resolved once: packs and their models never change while the app runs. */
export function loadBuiltinTours(): Promise<readonly BuiltinTour[]> {
  resolved ??= Promise.all(PACKS.map((p) => p.tours?.() ?? [])).then((lists) => lists.flat().map(resolveTourDef));
  return resolved;
}
