// Schedules as the user writes them: one digit per step, the thread number.
// Parsing is total: garbage comes back as a typed error naming the position.

import type { Result, Tid } from './types';

export interface ScheduleError {
  /** 0-based index into the schedule of the offending entry. */
  position: number;
  code: 'bad-char' | 'unknown-thread' | 'finished' | 'blocked' | 'too-long' | 'deadlock';
  thread: Tid | null;
  /** A sentence for the user, naming the step and the reason. */
  message: string;
}

/** Longer than any scenario's full run; refusing early keeps hostile input cheap. */
export const MAX_SCHEDULE_LENGTH = 512;

export function parseSchedule(text: string): Result<Tid[], ScheduleError> {
  if (text.length > MAX_SCHEDULE_LENGTH) {
    return {
      ok: false,
      error: {
        position: MAX_SCHEDULE_LENGTH,
        code: 'too-long',
        thread: null,
        message: `schedule is ${text.length} steps long; at most ${MAX_SCHEDULE_LENGTH} are accepted`,
      },
    };
  }
  const out: Tid[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch < '1' || ch > '9') {
      return {
        ok: false,
        error: {
          position: i,
          code: 'bad-char',
          thread: null,
          message: `step ${i + 1}: ${JSON.stringify(ch)} is not a thread number (use digits 1-9)`,
        },
      };
    }
    out.push(Number(ch));
  }
  return { ok: true, value: out };
}

export function formatSchedule(schedule: readonly Tid[]): string {
  return schedule.join('');
}

/** How many times the running thread changes along a schedule. */
export function contextSwitches(schedule: readonly Tid[]): number {
  let n = 0;
  for (let i = 1; i < schedule.length; i++) if (schedule[i] !== schedule[i - 1]) n++;
  return n;
}
