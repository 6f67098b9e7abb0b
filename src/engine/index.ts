// The engine's public surface. Nothing here knows about btrfs, React or the DOM.
export * from './types';
export { setDevFreeze, devFreeze } from './freeze';
export { initialState, applyStep, blockedBy, enabledThreads, isEnabled, nextStep, allFinished, stateKey, whyNotRun } from './step';
export type { Blocked, StepResult } from './step';
export { replay, replayValidPart, outcomeOf, whyNot } from './replay';
export type { Frame, Outcome, Run, ReplayResult } from './replay';
export { explore, nthBadSchedule, pathTo } from './explore';
export type { Exploration, GraphNode, OutcomeCount } from './explore';
export { parseSchedule, formatSchedule, contextSwitches, MAX_SCHEDULE_LENGTH } from './schedule';
export type { ScheduleError } from './schedule';
export { raceWindows, spanCounts, unionCounts, pathsTo } from './windows';
export type { Counts, RaceWindow, Span } from './windows';
