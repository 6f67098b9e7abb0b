// Named selectors, declared once, so components read the store the same way everywhere.

import type { EngineState, Frame } from '../engine';
import type { Store } from './store';

type K = unknown;

/** The state shown at the cursor (the initial state at cursor 0). */
export const selectState = (s: Store): EngineState<K> =>
  s.cursor === 0 ? s.run.initial : (s.run.frames[s.cursor - 1] as Frame<K>).state;

/** The frame just executed at the cursor, or null at the start. */
export const selectFrame = (s: Store): Frame<K> | null => (s.cursor === 0 ? null : (s.run.frames[s.cursor - 1] ?? null));

/** The frame that would run next from the cursor, or null at the end. */
export const selectNextFrame = (s: Store): Frame<K> | null => s.run.frames[s.cursor] ?? null;

export const selectOutcome = (s: Store) => s.run.outcome;
export const selectCursor = (s: Store) => s.cursor;
export const selectChips = (s: Store) => s.chips;
export const selectModel = (s: Store) => s.model;
export const selectVariant = (s: Store) => s.variant;
export const selectScenario = (s: Store) => s.scenario;
export const selectPlaying = (s: Store) => s.playing;
export const selectSpeed = (s: Store) => s.speed;
export const selectCanUndo = (s: Store) => s.past.length > 0;
export const selectCanRedo = (s: Store) => s.future.length > 0;
export const selectMode = (s: Store) => s.mode;
export const selectEmbed = (s: Store) => s.embed;
export const selectNotes = (s: Store) => s.notes;
export const selectBlank = (s: Store) => s.blank;
export const selectIssue = (s: Store) => s.issue;
export const selectExplore = (s: Store) => s.explore;
export const selectCompare = (s: Store) => s.compare;

/** The explorer's description of the loaded bad schedule, only while that schedule is what is shown. */
export const selectBrowse = (s: Store) => {
  const b = s.explore.browse;
  return b && b.scenario === s.scenario && b.variant === s.variant && b.schedule === s.schedule.join('') ? b : null;
};
