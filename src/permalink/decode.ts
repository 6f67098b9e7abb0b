// decodePermalink(): any string -> a typed result. It never throws. A link that is
// partly wrong still opens: the valid part is kept (the longest runnable prefix of the
// schedule, completed by the engine) and every problem is returned as a warning that
// says what was wrong and where. Only a link that cannot be read at all is refused.

import type { Tid } from '../engine';
import { MAX_SCHEDULE_LENGTH, parseSchedule, replayValidPart } from '../engine';
import { DEFAULT_SCENARIO, defaultVariant, findScenario, findVariant, getModel, presetSchedule, SCENARIOS, variantIds } from '../packs';
import { atToCursor, DEFAULT_VIEW, type LinkView, MAX_HASH_LENGTH, type Permalink } from './format';
import { migrate } from './migrate';
import { type Params, parseHash, quote } from './params';

export type Decoded = { ok: true; value: Permalink; warnings: string[] } | { ok: false; reason: string };

export function decodePermalink(hash: string): Decoded {
  try {
    return decode(hash);
  } catch (e) {
    // Unreachable by design (the property test feeds it every kind of string); kept so
    // that a future bug degrades to a banner rather than a blank page.
    return { ok: false, reason: `the link could not be read (${e instanceof Error ? e.message : 'unknown error'})` };
  }
}

/** What a link with nothing in it opens: the default scenario at its start. */
export function defaultPermalink(): Permalink {
  return {
    choices: {
      scenario: DEFAULT_SCENARIO,
      variant: defaultVariant(DEFAULT_SCENARIO),
      schedule: presetSchedule(DEFAULT_SCENARIO, defaultVariant(DEFAULT_SCENARIO)),
      cursor: 0,
    },
    view: DEFAULT_VIEW,
  };
}

function decode(hash: string): Decoded {
  if (typeof hash !== 'string') return { ok: false, reason: 'the link is not text' };
  if (hash.length > MAX_HASH_LENGTH) {
    return { ok: false, reason: `the link is ${hash.length} characters long; at most ${MAX_HASH_LENGTH} are read` };
  }
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return { ok: true, value: defaultPermalink(), warnings: [] };

  const parsed = parseHash(body);
  if (Object.keys(parsed.params).length === 0) {
    const why = parsed.problems.length ? `: ${parsed.problems.slice(0, 3).join('; ')}` : '';
    return { ok: false, reason: `the link holds nothing this app knows (keys fmt, sc, v, s, at)${why}` };
  }
  const migrated = migrate(parsed.params);
  if (!migrated.ok) return { ok: false, reason: migrated.reason };
  const warnings = [...migrated.notes, ...parsed.problems];
  const value = readV1(migrated.params, warnings);
  return { ok: true, value, warnings };
}

/** Reads format-1 params, keeping whatever is valid and noting the rest in `warnings`. */
function readV1(p: Params, warnings: string[]): Permalink {
  let scenario = DEFAULT_SCENARIO;
  let keepSchedule = true;
  if (p.sc !== undefined) {
    if (findScenario(p.sc)) scenario = p.sc;
    else {
      warnings.push(
        `sc: unknown scenario ${quote(p.sc)} (known: ${SCENARIOS.map((s) => s.id).join(', ')}); opened ${DEFAULT_SCENARIO} with its default schedule`,
      );
      keepSchedule = false;
    }
  }
  // Variants belong to a scenario: a variant is read against the scenario's own list.
  let variant = defaultVariant(scenario);
  if (p.v !== undefined) {
    if (findVariant(scenario, p.v)) variant = p.v;
    else warnings.push(`v: unknown variant ${quote(p.v)} for ${scenario} (known: ${variantIds(scenario).join(', ')}); opened ${variant}`);
  }

  const schedule = keepSchedule && p.s !== undefined ? readSchedule(scenario, variant, p.s, warnings) : null;
  const full = schedule ?? presetSchedule(scenario, variant);

  let cursor = 0;
  if (p.at !== undefined && keepSchedule) {
    if (!/^-?[0-9]{1,6}$/.test(p.at)) {
      warnings.push(`at: ${quote(p.at)} is not a step index (0-based, or -1 for the initial state); opened at the initial state`);
    } else {
      const at = Number(p.at);
      if (at < -1) warnings.push(`at: ${at} is before the initial state (-1); opened at the initial state`);
      else if (at > full.length - 1) {
        warnings.push(`at: step index ${at} is past the last step (index ${full.length - 1}); opened at the end`);
        cursor = full.length;
      } else cursor = atToCursor(at);
    }
  }
  return { choices: { scenario, variant, schedule: full, cursor }, view: readView(p, warnings) };
}

/** The schedule of the link, completed by the engine; its longest valid prefix if it cannot run. */
function readSchedule(scenario: string, variant: string, raw: string, warnings: string[]): Tid[] {
  const model = getModel(scenario, variant);
  if (!model.ok) return [];
  let text = raw;
  if (text.length > MAX_SCHEDULE_LENGTH) {
    warnings.push(`s: the schedule is ${text.length} steps long; only the first ${MAX_SCHEDULE_LENGTH} were read`);
    text = text.slice(0, MAX_SCHEDULE_LENGTH);
  }
  let digits: Tid[];
  const parsed = parseSchedule(text);
  if (parsed.ok) digits = parsed.value;
  else {
    const at = parsed.error.position;
    digits = (parseSchedule(text.slice(0, at)) as { ok: true; value: Tid[] }).value;
    warnings.push(`s, ${parsed.error.message}; kept the ${at} steps before it`);
  }
  const { run, error } = replayValidPart(model.value, digits);
  if (error) warnings.push(`s, ${error.message}; kept the ${error.position} steps before it and completed the run`);
  return run.schedule;
}

function readView(p: Params, warnings: string[]): LinkView {
  const view: LinkView = { ...DEFAULT_VIEW };
  if (p.mode !== undefined) {
    if (p.mode === 'talk' || p.mode === 'app') view.mode = p.mode;
    else warnings.push(`mode: unknown mode ${quote(p.mode)} (known: talk); ignored`);
  }
  if (p.embed !== undefined) {
    if (p.embed === '1' || p.embed === '0') view.embed = p.embed === '1';
    else warnings.push(`embed: ${quote(p.embed)} is not 0 or 1; ignored`);
  }
  return view;
}
