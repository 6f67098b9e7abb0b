// What a challenge may say to help, all of it computed: the explorer's counts of the
// scenario (its Web Worker's answer), the schedules it found, and the race windows the
// pack declares and tests/unit/race-windows.test.ts proves. No hint is prose written for
// the occasion: each names numbers and steps that came from the engine.

import { contextSwitches, replay, type Tid } from '../../engine';
import { findScenario, modelOf, type RaceWindowDef } from '../../packs';
import { carryOver } from '../../store/timeline';
import type { VariantSummary } from '../../worker/protocol';
import { grouped } from '../stage/CountsCard';

/** A window in words: "T2's page_range_has_eb() runs while T1 stands between its spin_unlock_private() and radix_tree_insert()". */
export function windowWords(w: RaceWindowDef): string {
  const from = w.from === null ? 'its start' : `its ${w.from}()`;
  const to = w.to === null ? 'its end' : `${w.to}()`;
  return `T${w.check.thread}'s ${w.check.op}() runs while T${w.thread} stands between ${from} and ${to} (${w.label})`;
}

/** The hints of a challenge that can be won, most general first. */
export function winningHints(scenario: string, variant: string, summary: VariantSummary): string[] {
  const out: string[] = [];
  if (summary.fewestSwitches) {
    const n = contextSwitches(summary.fewestSwitches);
    out.push(`A bad run needs as few as ${n} context switch${n === 1 ? '' : 'es'}: ${grouped(summary.bad)} of ${grouped(summary.schedules)} schedules are bad.`);
  }
  for (const w of findScenario(scenario)?.windows(variant) ?? []) if (!w.raceIn) out.push(`The explorer proves it: the run goes bad when ${windowWords(w)}.`);
  if (summary.shortest) out.push(`The shortest bad run is ${summary.shortest.length} steps long, and it begins with T${summary.shortest[0]}.`);
  return out;
}

/** The hints of a challenge that cannot be won: where the variant it fixes went wrong. */
export function fixedHints(scenario: string, variant: string, results: Readonly<Record<string, VariantSummary>>): string[] {
  const out: string[] = [];
  for (const w of findScenario(scenario)?.windows(variant) ?? []) {
    if (!w.raceIn) continue;
    const there = results[w.raceIn];
    const counted = there ? ` (${grouped(there.bad)} of its ${grouped(there.schedules)} schedules)` : '';
    out.push(`In ${w.raceIn}, the run goes bad when ${windowWords(w)}${counted}. Try that here.`);
  }
  return out;
}

export interface ClosestCall {
  /** The schedule, in this variant's steps. */
  schedule: Tid[];
  /** The cursor just after the check. */
  cursor: number;
  /** What the check saw, in the engine's words, and the window it ran in. */
  says: string;
}

/**
 * The closest call of a fix: the bad run of the variant it fixes with the fewest context
 * switches, run here (carried over by op, as the variant switch does), stopped just after
 * the check that ran inside that variant's window; and what the check saw.
 */
export function closestCall(scenario: string, variant: string, results: Readonly<Record<string, VariantSummary>>): ClosestCall | null {
  const w = (findScenario(scenario)?.windows(variant) ?? []).find((x) => x.raceIn && results[x.raceIn]?.fewestSwitches);
  const bad = w?.raceIn ? results[w.raceIn]?.fewestSwitches : null;
  if (!w?.raceIn || !bad) return null;
  const here = modelOf(scenario, variant);
  const carried = carryOver(modelOf(scenario, w.raceIn), here, bad).schedule;
  const r = replay(here, carried);
  if (!r.ok) return null;
  const frame = r.run.frames.find((f) => f.thread === w.check.thread && f.op === w.check.op);
  if (!frame) return null;
  const result = frame.events.find((e) => e.kind === 'result');
  const saw = result?.kind === 'result' ? `${result.name}() sees ${result.detail} (${String(result.value)})` : `${frame.op}() runs`;
  const skipped = r.run.frames.find((f) => f.step > frame.step && f.thread === w.check.thread && f.skipped);
  return {
    schedule: r.run.schedule,
    cursor: frame.step,
    says: `At step ${frame.step}, inside ${w.raceIn}'s window, ${saw}${skipped ? `, and ${skipped.op}() is skipped` : ''}: the fix catches it.`,
  };
}
