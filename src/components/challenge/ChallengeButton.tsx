// The way into challenge mode (and out of it), in the header's share bar.

import { findScenario } from '../../packs';
import type { Store } from '../../store';
import { useAppStore, useAppStoreApi } from '../../store';

const selectPlaying = (s: Store) => s.mode === 'challenge';
const selectGoal = (s: Store) => findScenario(s.scenario)?.challenge(s.variant).goal ?? '';

export function ChallengeButton() {
  const store = useAppStoreApi();
  const on = useAppStore(selectPlaying);
  const goal = useAppStore(selectGoal);
  return (
    <button
      type="button"
      data-testid="challenge-button"
      aria-pressed={on}
      title={on ? 'Back to the tool: the verdict and every mark up front' : `Find the race yourself: ${goal} Nothing is told before the run gets there.`}
      onClick={() => (on ? store.getState().leaveChallenge() : store.getState().startChallenge())}
    >
      {on ? 'Leave challenge' : 'Challenge'}
    </button>
  );
}
