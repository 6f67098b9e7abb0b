// Scenario and variant switches, presets, and the verdict of the whole schedule.

import { PRESETS, selectScenario, selectVariant, useAppStore } from '../../store';
import { SCENARIOS, VARIANT_INFO, VARIANTS } from '../../scenarios';
import { Verdict } from './Verdict';

const selectSetScenario = (s: { setScenario: (id: string) => void }) => s.setScenario;

export function Header() {
  const scenario = useAppStore(selectScenario);
  const variant = useAppStore(selectVariant);
  const setScenario = useAppStore(selectSetScenario);
  const setVariant = useAppStore((s) => s.setVariant);
  const loadPreset = useAppStore((s) => s.loadPreset);
  const info = VARIANT_INFO[variant];
  return (
    <header className="header">
      <h1 className="header__title">btrfs subpage: eb allocation vs. last-eb release</h1>
      <label className="header__field">
        <span>Scenario</span>
        <select value={scenario} onChange={(e) => setScenario(e.target.value)}>
          {SCENARIOS.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="header__variants">
        <legend>Variant</legend>
        {VARIANTS.map((v) => (
          <label key={v} className={v === variant ? 'variant variant--on' : 'variant'}>
            <input type="radio" name="variant" value={v} checked={v === variant} onChange={() => setVariant(v)} />
            <code>{v}</code> {VARIANT_INFO[v].inferred ? <em className="tag tag--inferred">inferred</em> : null}
          </label>
        ))}
      </fieldset>
      <p className="header__variant-note">
        {info.name}: {info.status}
      </p>
      <fieldset className="header__presets">
        <legend>Presets</legend>
        {PRESETS.map((p) => (
          <button key={p.id} type="button" onClick={() => loadPreset(p.id)}>
            {p.label}
          </button>
        ))}
      </fieldset>
      <Verdict />
    </header>
  );
}
