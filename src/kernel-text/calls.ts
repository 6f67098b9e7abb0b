// The call nesting and call text a diagram draws, read from the scenario's pack
// (its KernelTextTables): a step's `fn` names the kernel function it sits in; the pack
// says who calls that function on the modelled paths, so a diagram can indent T2's
// steps under detach_extent_buffer_page() as the v4 commit message does.

import type { Model, StepDef } from '../engine';
import { type KernelTextTables, packOf, scenarioOf } from '../packs';

/** The kernel-text tables of the model's pack. */
export function tablesOf(model: Pick<Model<unknown>, 'scenario'>): KernelTextTables {
  return packOf(model.scenario).kernelText;
}

/** "T1 (eb A)": the thread and the object it works on, as the diagram's header cell. */
export function threadLabel(model: Pick<Model<unknown>, 'scenario'>, tid: number): string {
  const label = scenarioOf(model.scenario).threadLabels[tid];
  return label ? `T${tid} (${label})` : `T${tid}`;
}

/**
 * Who calls `fn` in a thread that starts in `entry`. A function with more than one
 * caller on the modelled paths (release_extent_buffer(): free_extent_buffer_stale() in
 * one thread, free_extent_buffer() in another) is keyed `fn@entry` in the pack's table;
 * the plain `fn` key is its caller wherever no such key matches.
 */
function callerOf(t: KernelTextTables, fn: string, entry: string | undefined): string | undefined {
  return (entry !== undefined ? t.caller[`${fn}@${entry}`] : undefined) ?? t.caller[fn];
}

/**
 * The chain of functions from a thread's entry point down to `fn`, outermost first.
 * `entry` is the function the thread's first step runs in (see callerOf).
 */
export function callPath(t: KernelTextTables, fn: string, entry?: string): string[] {
  const out = [fn];
  const seen = new Set(out);
  let at = callerOf(t, fn, entry);
  while (at !== undefined && !seen.has(at)) {
    out.unshift(at);
    seen.add(at);
    at = callerOf(t, at, entry);
  }
  return out;
}

/**
 * The open frames a step's line sits under. A step that *is* a call of its function
 * (op === fn, e.g. attach_extent_buffer_page) is drawn as a line inside its caller.
 * `entry` is the function the step's thread starts in.
 */
export function framesOf(t: KernelTextTables, def: Pick<StepDef<unknown>, 'op' | 'fn'>, entry?: string): string[] {
  if (def.op !== def.fn) return callPath(t, def.fn, entry);
  const caller = callerOf(t, def.fn, entry);
  return caller === undefined ? [] : callPath(t, caller, entry);
}

/** The text of a step's line in a diagram: the call it models, else its op as a call. */
export function callText(t: KernelTextTables, op: string): string {
  return t.callText[op] ?? `${op}()`;
}
