// decodePermalink(): any string -> a typed result. It never throws. A link that is
// partly wrong still opens: the valid part is kept (the longest runnable prefix of the
// schedule, completed by the engine) and every problem is returned as a warning that
// says what was wrong and where. Only a link that cannot be read at all is refused.

import type { Tid } from '../engine';
import { MAX_SCHEDULE_LENGTH, parseSchedule, replayValidPart } from '../engine';
import { DEFAULT_SCENARIO, defaultVariant, findScenario, findVariant, getModel, presetSchedule,
  unplannedSchedule, SCENARIOS, variantIds } from '../packs';
import { listsOfLink, loadedOldLists } from './carry';
import { atToCursor, CURRENT_FORMAT, DEFAULT_VIEW, type LinkView, MAX_HASH_LENGTH, type Permalink } from './format';
import { migrate, versionOf } from './migrate';
import { type Params, parseHash, quote } from './params';
import { KNOWN_LISTS, type KnownLists } from './pinned-lists';

/** `carried`: the link was made under other step lists and its schedule was carried over to today's (carry.ts). */
export type Decoded = { ok: true; value: Permalink; warnings: string[]; carried?: true } | { ok: false; reason: string };

interface LinkContext {
  known: Readonly<Record<string, KnownLists>>;
  /** Asking only whether the link needs old-lists.ts (needsOldLists): answered here, and read no further. */
  probe?: { needsOldLists: boolean };
  fromFormat1: boolean;
  /** Set when the schedule was carried over from old step lists. */
  carried: boolean;
}

/** `known` is the table of step lists by fingerprint; tests pass their own. */
export function decodePermalink(hash: string, known: Readonly<Record<string, KnownLists>> = KNOWN_LISTS): Decoded {
  try {
    return decode(hash, known);
  } catch (e) {
    // Unreachable by design (the property test feeds it every kind of string); kept so
    // that a future bug degrades to a banner rather than a blank page.
    return { ok: false, reason: `the link could not be read (${e instanceof Error ? e.message : 'unknown error'})` };
  }
}


/**
 * Does reading this link carry a schedule from older step lists (old-lists.ts, a chunk
 * of its own)? Then whoever opens it loads that first (loadOldLists).
 */
export function needsOldLists(hash: string, known: Readonly<Record<string, KnownLists>> = KNOWN_LISTS): boolean {
  if (loadedOldLists()) return false;
  const probe = { needsOldLists: false };
  try {
    decode(hash, known, probe);
  } catch {
    return false;
  }
  return probe.needsOldLists;
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

function decode(hash: string, known: Readonly<Record<string, KnownLists>>, probe?: LinkContext['probe']): Decoded {
  if (typeof hash !== 'string') return { ok: false, reason: 'the link is not text' };
  if (hash.length > MAX_HASH_LENGTH) {
    return { ok: false, reason: `the link is ${hash.length} characters long; at most ${MAX_HASH_LENGTH} are read` };
  }
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return { ok: true, value: defaultPermalink(), warnings: [] };

  const parsed = parseHash(body);
  if (Object.keys(parsed.params).length === 0) {
    const why = parsed.problems.length ? `: ${parsed.problems.slice(0, 3).join('; ')}` : '';
    return { ok: false, reason: `the link holds nothing this app knows (keys fmt, sc, fp, v, s, at)${why}` };
  }
  const migrated = migrate(parsed.params);
  if (!migrated.ok) return { ok: false, reason: migrated.reason };
  const warnings = [...migrated.notes, ...parsed.problems];
  const link: LinkContext = { known, ...(probe ? { probe } : {}), fromFormat1: (versionOf(parsed.params) ?? CURRENT_FORMAT) < 2, carried: false };
  const value = readCurrent(migrated.params, link, warnings);
  return link.carried ? { ok: true, value, warnings, carried: true } : { ok: true, value, warnings };
}

/** Reads params of the current format, keeping whatever is valid and noting the rest in `warnings`. */
function readCurrent(p: Params, link: LinkContext, warnings: string[]): Permalink {
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
  // A challenge's link without a schedule opens on the engine's own order, not on an answer.
  const preset = () => (p.mode === 'challenge' ? unplannedSchedule(scenario, variant) : presetSchedule(scenario, variant));
  if (!keepSchedule) return { choices: { scenario, variant, schedule: preset(), cursor: 0 }, view: readView(p, warnings, scenario) };

  const lists = listsOfLink({ fp: p.fp, scenario, variant, hasSchedule: p.s !== undefined }, link.known, warnings);
  if (link.probe) {
    // Only asked whether old-lists.ts is needed: known here, before any replay.
    link.probe.needsOldLists = lists.kind === 'old' && p.s !== undefined;
    return { choices: { scenario, variant, schedule: [], cursor: 0 }, view: DEFAULT_VIEW };
  }
  if (lists.kind === 'unknown') {
    // Not reinterpreted: digits read against lists we do not have would run other steps.
    const unread = [p.s !== undefined && 'schedule (s)', p.at !== undefined && 'step (at)'].filter(Boolean).join(' and ');
    warnings.push(`${lists.why}; ${unread ? `its ${unread} could not be read, so ` : ''}opened ${scenario}, ${variant} with its default schedule`);
    return { choices: { scenario, variant, schedule: preset(), cursor: 0 }, view: readView(p, warnings, scenario) };
  }
  const model = getModel(scenario, variant);
  if (lists.kind === 'old' && model.ok && p.s !== undefined) {
    const digitNotes: string[] = [];
    const digits = readDigits(p.s, digitNotes);
    const { fp, now, old } = lists;
    const reader = loadedOldLists();
    // Every entry point loads old-lists.ts before it reads such a link (needsOldLists).
    if (!reader) throw new Error('the reader of links made under older step lists is not loaded');
    const carried = reader.carryFromOldLists(model.value, scenario, { fp, now, old, digits, fromFormat1: link.fromFormat1 }, warnings, digitNotes);
    link.carried = true;
    const at = readAt(p.at, warnings);
    const cursor = at === null ? 0 : carried.cursorFor(at, warnings);
    return { choices: { scenario, variant, schedule: carried.schedule, cursor }, view: readView(p, warnings, scenario) };
  }
  if (lists.kind === 'old') {
    // No schedule to carry: the default one is today's, and `at` is counted in it.
    warnings.push(
      `the link was made when ${scenario}'s ${variant} steps were different (fp ${lists.fp}, now ${lists.now}); it holds no schedule, so today's default schedule was opened${p.at !== undefined ? ', and its step (at) counted in today\'s steps' : ''}`,
    );
  }

  const schedule = p.s !== undefined ? readSchedule(scenario, variant, p.s, warnings) : null;
  const full = schedule ?? preset();
  const at = readAt(p.at, warnings);
  let cursor = 0;
  if (at !== null && at > full.length - 1) {
    warnings.push(`at: step index ${at} is past the last step (index ${full.length - 1}); opened at the end`);
    cursor = full.length;
  } else if (at !== null) cursor = atToCursor(at);
  return { choices: { scenario, variant, schedule: full, cursor }, view: readView(p, warnings, scenario) };
}

/** `at` as a step index >= -1, or null (absent, or not one: then the initial state, with a warning). */
function readAt(raw: string | undefined, warnings: string[]): number | null {
  if (raw === undefined) return null;
  if (!/^-?[0-9]{1,6}$/.test(raw)) {
    warnings.push(`at: ${quote(raw)} is not a step index (0-based, or -1 for the initial state); opened at the initial state`);
    return null;
  }
  const at = Number(raw);
  if (at < -1) {
    warnings.push(`at: ${at} is before the initial state (-1); opened at the initial state`);
    return null;
  }
  return at;
}

/** The digits of `s`, up to the first that is not a thread number (told in `warnings`). */
function readDigits(raw: string, warnings: string[]): Tid[] {
  let text = raw;
  if (text.length > MAX_SCHEDULE_LENGTH) {
    warnings.push(`s: the schedule is ${text.length} steps long; only the first ${MAX_SCHEDULE_LENGTH} were read`);
    text = text.slice(0, MAX_SCHEDULE_LENGTH);
  }
  const parsed = parseSchedule(text);
  if (parsed.ok) return parsed.value;
  const at = parsed.error.position;
  warnings.push(`s, ${parsed.error.message}; kept the ${at} steps before it`);
  return (parseSchedule(text.slice(0, at)) as { ok: true; value: Tid[] }).value;
}

/** The schedule of the link, completed by the engine; its longest valid prefix if it cannot run. */
function readSchedule(scenario: string, variant: string, raw: string, warnings: string[]): Tid[] {
  const model = getModel(scenario, variant);
  if (!model.ok) return [];
  const digits = readDigits(raw, warnings);
  const { run, error } = replayValidPart(model.value, digits);
  if (error) warnings.push(`s, ${error.message}; kept the ${error.position} steps before it and completed the run`);
  return run.schedule;
}

function readView(p: Params, warnings: string[], scenario: string): LinkView {
  const view: LinkView = { ...DEFAULT_VIEW };
  if (p.cmp !== undefined) {
    // Compare mode's pair: two variants of the link's own scenario.
    const [left = '', right = '', ...more] = p.cmp.split('~');
    const bad = [left, right].filter((v) => !findVariant(scenario, v));
    if (more.length === 0 && bad.length === 0) view.compare = { left, right };
    else warnings.push(`cmp: ${quote(p.cmp)} is not two variants of ${scenario} (left~right, known: ${variantIds(scenario).join(', ')}); compare mode left off`);
  }
  if (p.mode !== undefined) {
    if (p.mode === 'talk' || p.mode === 'presenter' || p.mode === 'challenge' || p.mode === 'app') view.mode = p.mode;
    else warnings.push(`mode: unknown mode ${quote(p.mode)} (known: talk, presenter, challenge); ignored`);
  }
  if (p.embed !== undefined) {
    if (p.embed === '1' || p.embed === '0') view.embed = p.embed === '1';
    else warnings.push(`embed: ${quote(p.embed)} is not 0 or 1; ignored`);
  }
  return view;
}
