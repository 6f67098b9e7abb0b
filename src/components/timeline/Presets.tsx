// The scenario's ready-made interleavings (its PresetDefs): the commit message's, and
// each thread run whole before the other.

import { scenarioOf } from '../../packs';
import type { Store } from '../../store';
import { selectScenario, useAppStore } from '../../store';

const selectLoadPreset = (s: Store) => s.loadPreset;
const selectGame = (s: Store) => s.mode === 'challenge';

export function Presets() {
  const scenario = useAppStore(selectScenario);
  const loadPreset = useAppStore(selectLoadPreset);
  // A challenge is played without them: the commit message's interleaving is its answer.
  if (useAppStore(selectGame)) return null;
  return (
    <fieldset className="tl-presets">
      <legend className="tl-sr-only">Presets</legend>
      {scenarioOf(scenario).presets.map((p) => (
        <button key={p.id} type="button" className="tl-preset" onClick={() => loadPreset(p.id)} data-preset={p.id}>
          {p.label}
        </button>
      ))}
    </fieldset>
  );
}
