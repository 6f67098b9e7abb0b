// "Find the race": load the shortest bad schedule (or the one with the fewest context
// switches) into the timeline with the cursor on the step that breaks, then browse the
// other bad schedules one by one (the worker walks down the counts: nthBadSchedule).

import { racyVariant, randomBelow, selectBrowse, selectExplore, selectScenario, selectVariant, useAppStore } from '../../store';
import type { Store } from '../../store/store';
import { groupDigits } from './ExploreTable';

const selectFindRace = (s: Store) => s.findRace;
const selectBrowseBad = (s: Store) => s.browseBad;

export function FindRace() {
  const scenario = useAppStore(selectScenario);
  const variant = useAppStore(selectVariant);
  const explore = useAppStore(selectExplore);
  // Only the description of the schedule now shown: never one for another variant,
  // schedule or scenario.
  const mine = useAppStore(selectBrowse);
  const findRace = useAppStore(selectFindRace);
  const browseBad = useAppStore(selectBrowseBad);
  const busy = explore.busy;
  const target = racyVariant(explore, scenario, variant);
  const total = target ? (explore.results[scenario]?.[target]?.bad ?? '0') : '0';
  const ready = target !== null;
  const k = mine && mine.k !== null ? BigInt(mine.k) : -1n;
  return (
    <section className="find-race" aria-label="Find the race">
      <div className="find-race__buttons">
        <button type="button" disabled={!ready} onClick={() => findRace('shortest')} data-testid="find-race">
          Find the race
        </button>
        <button type="button" disabled={!ready} onClick={() => findRace('fewestSwitches')} data-testid="find-race-switches">
          Fewest context switches
        </button>
      </div>
      {ready && target !== variant ? (
        <p className="muted">
          {variant} has no bad schedule here; these load {target}'s.
        </p>
      ) : null}
      <fieldset className="find-race__browse">
        <legend>Browse the bad schedules of {target ?? 'no variant'}</legend>
        <button type="button" disabled={!ready || busy} onClick={() => void browseBad(k < 0n ? BigInt(total) - 1n : k - 1n)} data-testid="bad-prev">
          ◀ previous
        </button>
        <button type="button" disabled={!ready || busy} onClick={() => void browseBad(k + 1n)} data-testid="bad-next">
          next ▶
        </button>
        <button type="button" disabled={!ready || busy} onClick={() => void browseBad(randomBelow(BigInt(total)))} data-testid="bad-random">
          random
        </button>
      </fieldset>
      {mine ? (
        <p className="find-race__where" data-testid="bad-where" data-k={mine.k ?? ''} data-step={mine.step}>
          {mine.k !== null ? (
            <>
              <strong>
                {groupDigits((BigInt(mine.k) + 1n).toString())} of {groupDigits(mine.total)}
              </strong>{' '}
            </>
          ) : (
            <strong>{mine.pick === 'shortest' ? 'The shortest bad schedule' : 'The fewest context switches'}: </strong>
          )}
          goes wrong at step {mine.step}, T{mine.thread} <code>{mine.op}</code> ({mine.invariant} broken).
        </p>
      ) : null}
    </section>
  );
}
