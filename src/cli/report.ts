// What the CLI prints: JSON objects for tools, readable lines for people. Pure
// functions from engine results to strings, so tests can check them without a process.

import type { Exploration, Frame, ReplayResult } from '../engine';
import type { Describe, EventWords } from '../packs';
import { formatSchedule } from '../engine';

/** Exact counts: a JSON number while it is exact, a decimal string beyond 2^53. */
export function exactNumber(n: bigint): number | string {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString();
}

export function explorationJson<K>(x: Exploration<K>): Record<string, unknown> {
  return {
    scenario: x.scenario,
    variant: x.variant,
    schedules: exactNumber(x.schedules),
    bad: exactNumber(x.badSchedules),
    states: x.states,
    shortest: x.shortest ? formatSchedule(x.shortest) : null,
    fewestSwitches: x.fewestSwitches ? formatSchedule(x.fewestSwitches) : null,
    outcomes: x.outcomes.map((o) => ({
      outcome: o.verdict,
      invariant: o.invariant,
      schedules: exactNumber(o.schedules),
      summary: o.summary,
    })),
  };
}

export function explorationText<K>(x: Exploration<K>): string {
  const lines = [
    `${x.scenario} / ${x.variant}`,
    `  complete schedules  ${x.schedules}`,
    `  bad schedules       ${x.badSchedules}`,
    `  distinct states     ${x.states}`,
    `  shortest bad        ${x.shortest ? formatSchedule(x.shortest) : '(none)'}`,
    `  fewest switches     ${x.fewestSwitches ? formatSchedule(x.fewestSwitches) : '(none)'}`,
    `  outcomes (${x.outcomes.length}):`,
  ];
  for (const o of x.outcomes) {
    lines.push(`    ${o.verdict}${o.invariant ? ` ${o.invariant}` : ''}  ${o.schedules} schedules: ${o.summary}`);
  }
  return lines.join('\n');
}

export function replayJson<K>(input: string, r: ReplayResult<K>): Record<string, unknown> {
  if (!r.ok) return { schedule: input, error: r.error.message, position: r.error.position, code: r.error.code };
  const run = r.run;
  const base: Record<string, unknown> = { schedule: formatSchedule(run.schedule), input, outcome: run.outcome.verdict };
  if (run.outcome.verdict === 'bug') {
    const bad = run.frames[run.outcome.step - 1];
    Object.assign(base, {
      invariant: run.outcome.invariant,
      step: run.outcome.step,
      thread: bad?.thread,
      op: bad?.op,
      message: run.outcome.message,
    });
  }
  if (run.deadlock) base.deadlock = run.deadlock;
  return base;
}

/** `describeEvent` turns an event into words: the scenario's describer (the registry's describerOf). */
export function replayText(input: string, r: ReplayResult<unknown>, describeEvent: Describe): string {
  if (!r.ok) return `schedule ${input}: error: ${r.error.message}`;
  const run = r.run;
  const lines = [`${run.scenario} / ${run.variant}  schedule ${formatSchedule(run.schedule)}`];
  for (const f of run.frames) lines.push(frameLine(f, describeEvent));
  if (run.deadlock) lines.push(run.deadlock);
  const o = run.outcome;
  lines.push(o.verdict === 'bug' ? `verdict: bug: ${o.invariant} broken at step ${o.step}: ${o.message}` : 'verdict: safe');
  return lines.join('\n');
}

function frameLine(f: Frame<unknown>, describeEvent: Describe): string {
  const what = f.skipped ? `skipped: ${f.skipped}` : f.events.map((e) => words(describeEvent(e, f))).filter(Boolean).join('; ');
  const mark = f.completed ? '*' : ' ';
  return `${String(f.step).padStart(3)}${mark} T${f.thread}  ${f.op.padEnd(28)} ${what}`;
}

/** "page->private S → 0", as the narration and the talk notes say it too. */
export function words(w: EventWords | null): string {
  if (!w) return '';
  return w.subject ? `${w.subject} ${w.text}` : w.text;
}
