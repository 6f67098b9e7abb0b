// Reading one saved stop (format.ts) into a stop in today's step lists (store/tour.ts).
// Total: any value gives a stop or a reason to drop it, with warnings saying what was
// wrong. A stop is dropped only when it names no scenario and variant this app has:
// shown in another one, its notes would talk about something else. Everything else is
// read as a permalink's view is, reusing its machinery (src/permalink/carry.ts): digits
// made under other step lists are carried over by op id, a schedule that cannot run
// keeps its runnable part, an unknown fingerprint opens the scenario's default schedule.

import { parseSchedule, replayValidPart, type Tid } from '../engine';
import { findScenario, findVariant, getModel, presetSchedule, SCENARIOS, type StopCard, variantIds } from '../packs';
import { listsOfLink } from '../permalink/carry';
import { carryFromOldLists } from '../permalink/old-lists';
import { quote } from '../permalink/params';
import type { KnownLists } from '../permalink/pinned-lists';
import type { Stop, StopClaims, StopView } from '../store/tour';
import { MAX_NOTES, MAX_TITLE } from './format';

export interface ReadStop {
  stop: Stop | null;
  warnings: string[];
  /** Its schedule was made under other step lists and carried over. */
  carried: boolean;
}

type Obj = Record<string, unknown>;
export const isObject = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
/** Own fields only: a key like "constructor" in a file must not reach Object.prototype. */
export const field = (o: Obj, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

/** A value from a file, quoted for a message (rendered as text only). */
export function shown(x: unknown): string {
  if (x === undefined) return 'nothing';
  if (typeof x === 'string') return quote(x);
  try {
    return String(JSON.stringify(x)).slice(0, 40);
  } catch {
    return typeof x;
  }
}

/** A string field, cut to `max`; null (with a warning) when it is there but not text. */
export function readText(x: unknown, key: string, max: number, w: string[]): string | null {
  if (x === undefined) return null;
  if (typeof x !== 'string') {
    w.push(`${key} is ${shown(x)}, not text; ignored`);
    return null;
  }
  if (x.length > max) {
    w.push(`${key} is ${x.length} characters long; kept the first ${max}`);
    return x.slice(0, max);
  }
  return x;
}

// The permalink machinery speaks of "the link"; here that is the stop.
const asStop = (m: string) => m.replace(/\bthe link\b/g, 'the stop');

export function readStop(raw: unknown, k: number, known: Readonly<Record<string, KnownLists>>): ReadStop {
  if (!isObject(raw)) return { stop: null, warnings: [`stop ${k} is ${shown(raw)}, not a stop; it was dropped, the other stops were kept`], carried: false };
  const w: string[] = [];
  const titleRead = readText(field(raw, 'title'), 'title', MAX_TITLE, w);
  const title = titleRead ?? `Stop ${k}`;
  if (titleRead === null && field(raw, 'title') === undefined) w.push(`it has no title; named ${quote(title)}`);
  const notes = readText(field(raw, 'notes'), 'notes', MAX_NOTES, w) ?? '';
  const name = `stop ${k} (${quote(title)})`;
  const done = (stop: Stop | null, carried = false): ReadStop => ({ stop, warnings: w.map((m) => `${name}: ${asStop(m)}`), carried });
  const drop = (why: string) => {
    w.push(`${why}; the stop was dropped, the other stops were kept`);
    return done(null);
  };

  const view = field(raw, 'view');
  if (!isObject(view)) return drop(`its view is ${shown(view)}`);
  const scenario = field(view, 'scenario');
  if (typeof scenario !== 'string' || !findScenario(scenario)) {
    return drop(`unknown scenario ${shown(scenario)} (known: ${SCENARIOS.map((s) => s.id).join(', ')})`);
  }
  const variant = field(view, 'variant');
  if (typeof variant !== 'string' || !findVariant(scenario, variant)) {
    return drop(`unknown variant ${shown(variant)} for ${scenario} (known: ${variantIds(scenario).join(', ')})`);
  }
  const model = getModel(scenario, variant);
  if (!model.ok) return drop(model.error);

  const rawSchedule = field(view, 'schedule');
  const rawFp = field(view, 'fp');
  const fp = rawFp === undefined ? undefined : typeof rawFp === 'string' ? rawFp : shown(rawFp);
  const hasSchedule = typeof rawSchedule === 'string';
  if (rawSchedule !== undefined && !hasSchedule) w.push(`schedule is ${shown(rawSchedule)}, not digits`);
  const lists = listsOfLink({ fp, scenario, variant, hasSchedule }, known, w);
  const at = readIndex(field(view, 'at'), 'at', w) ?? -1;
  const until = readIndex(field(view, 'until'), 'until', w);

  let schedule: Tid[];
  let cursorOf: (index: number, key: 'at' | 'until') => number;
  let carried = false;
  let walks = true;
  if (!hasSchedule || lists.kind === 'unknown') {
    // Not reinterpreted: digits read against lists we do not have would run other steps.
    const why = lists.kind === 'unknown' ? `${lists.why}; its schedule could not be read, so` : 'it has no schedule, so';
    w.push(`${why} it opens ${scenario}, ${variant} with its default schedule at the initial state`);
    schedule = presetSchedule(scenario, variant);
    cursorOf = () => 0;
    walks = false;
  } else if (lists.kind === 'old') {
    const digitNotes: string[] = [];
    const digits = readDigits(rawSchedule as string, digitNotes);
    const { fp: from, now, old } = lists;
    const c = carryFromOldLists(model.value, scenario, { fp: from, now, old, digits, fromFormat1: false }, w, digitNotes);
    schedule = c.schedule;
    carried = true;
    cursorOf = (index, key) => {
      const notes: string[] = [];
      const cursor = c.cursorFor(index, notes);
      w.push(...notes.map((m) => m.replace(/^at: /, `${key}: `)));
      return cursor;
    };
  } else {
    const digits = readDigits(rawSchedule as string, w);
    const { run, error } = replayValidPart(model.value, digits);
    if (error) w.push(`schedule, ${error.message}; kept the ${error.position} steps before it and completed the run`);
    schedule = run.schedule;
    cursorOf = (index, key) => {
      if (index <= schedule.length - 1) return index + 1;
      w.push(`${key}: step index ${index} is past the last step (index ${schedule.length - 1}); it is the last step`);
      return schedule.length;
    };
  }

  const card = readCard(field(view, 'card'), w);
  const v: StopView = { scenario, variant, schedule, at: cursorOf(at, 'at') - 1, compare: readCompare(field(view, 'compare'), scenario, w), ...(card ? { card } : {}) };
  if (until !== null && walks) {
    const u = cursorOf(until, 'until') - 1;
    if (u < v.at) w.push(`until: step index ${until} comes before the stop opens (at ${v.at}); the clicker stays at ${v.at}`);
    v.until = Math.max(u, v.at);
  }
  const claims = readClaims(field(raw, 'claims'), w);
  if (claims) checkClaims(claims, replayValidPart(model.value, schedule).run.outcome, w);
  return done({ title, notes, view: v, ...(claims ? { claims } : {}) }, carried);
}

/** A step index (-1 for the initial state), or null with a warning. */
function readIndex(x: unknown, key: 'at' | 'until', w: string[]): number | null {
  if (x === undefined) {
    if (key === 'at') w.push('at: none given; it opens at the initial state');
    return null;
  }
  if (typeof x === 'number' && Number.isInteger(x) && x >= -1) return x;
  w.push(`${key}: ${shown(x)} is not a step index (0-based, -1 for the initial state); ${key === 'at' ? 'it opens at the initial state' : 'the clicker walks to the end'}`);
  return null;
}

/** The digits up to the first that is not a thread number (said in `w`). */
function readDigits(raw: string, w: string[]): Tid[] {
  const parsed = parseSchedule(raw);
  if (parsed.ok) return parsed.value;
  const keep = Math.min(parsed.error.position, raw.length);
  w.push(`schedule, ${parsed.error.message}; kept the ${keep} steps before it`);
  const prefix = parseSchedule(raw.slice(0, keep));
  return prefix.ok ? prefix.value : [];
}

function readCompare(x: unknown, scenario: string, w: string[]): StopView['compare'] {
  if (x === undefined || x === null) return null;
  const left = isObject(x) ? field(x, 'left') : undefined;
  const right = isObject(x) ? field(x, 'right') : undefined;
  if (typeof left === 'string' && typeof right === 'string' && findVariant(scenario, left) && findVariant(scenario, right)) return { left, right };
  w.push(`compare: ${shown(x)} is not two variants of ${scenario} (known: ${variantIds(scenario).join(', ')}); compare is off at this stop`);
  return null;
}

/** The cards a stop may put on the stage (packs/contract.ts StopCard). */
const CARDS: readonly StopCard[] = ['explorer-counts'];

function readCard(x: unknown, w: string[]): StopCard | null {
  if (x === undefined || x === null) return null;
  const card = CARDS.find((c) => c === x);
  if (card) return card;
  w.push(`card: ${shown(x)} is not a card this app shows (known: ${CARDS.join(', ')}); no card at this stop`);
  return null;
}

function readClaims(x: unknown, w: string[]): StopClaims | null {
  if (x === undefined) return null;
  const verdict = isObject(x) ? field(x, 'verdict') : undefined;
  const invariant = isObject(x) ? field(x, 'invariant') : undefined;
  const okInvariant = invariant === undefined || (typeof invariant === 'string' && invariant.length <= 40);
  if ((verdict === 'bug' || verdict === 'safe') && okInvariant) return invariant === undefined ? { verdict } : { verdict, invariant };
  w.push(`claims: ${shown(x)} is not a verdict ("bug" or "safe", and an invariant); ignored`);
  return null;
}

/** A stop that no longer shows what it says (a model changed since it was saved) is kept, and the banner says so. */
function checkClaims(claims: StopClaims, outcome: { verdict: string; invariant?: string }, w: string[]): void {
  const said = claims.invariant ? `${claims.verdict} (${claims.invariant})` : claims.verdict;
  const now = outcome.verdict === 'bug' && outcome.invariant ? `bug (${outcome.invariant})` : outcome.verdict;
  const differs = claims.verdict !== outcome.verdict || (claims.invariant !== undefined && claims.invariant !== outcome.invariant);
  if (differs) w.push(`it says its run is ${said}, but it runs ${now} in this version of the app`);
}
