// Scenario and variant switches, presets, and the verdict of the whole schedule,
// packed into two short rows so the kernel picture keeps the screen.

import { SCENARIOS, VARIANT_INFO, VARIANTS } from '../../scenarios';
import { PRESETS, selectScenario, selectVariant, useAppStore } from '../../store';
import type { Store } from '../../store/store';
import { ShareBar } from '../share/ShareBar';
import './header.css';
import { Verdict } from './Verdict';

const selectSetScenario = (s: Store) => s.setScenario;
const selectSetVariant = (s: Store) => s.setVariant;
const selectLoadPreset = (s: Store) => s.loadPreset;

export function Header() {
  const scenario = useAppStore(selectScenario);
  const variant = useAppStore(selectVariant);
  const setScenario = useAppStore(selectSetScenario);
  const setVariant = useAppStore(selectSetVariant);
  const loadPreset = useAppStore(selectLoadPreset);
  const info = VARIANT_INFO[variant];
  const blurb = SCENARIOS.find((s) => s.id === scenario)?.blurb;
  return (
    <header className="header">
      <div className="header__row">
        <h1 className="header__title" title="btrfs subpage: extent buffer allocation vs. release of the last eb in a 64K page">
          btrfs subpage race
        </h1>
        <label className="header__field" title={blurb}>
          <span className="header__label">Scenario</span>
          <select value={scenario} onChange={(e) => setScenario(e.target.value)} data-testid="scenario-select">
            {SCENARIOS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.id}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="header__group">
          <legend className="header__label">Variant</legend>
          {VARIANTS.map((v) => (
            <label key={v} className={v === variant ? 'seg seg--on' : 'seg'} title={`${VARIANT_INFO[v].name}: ${VARIANT_INFO[v].status}`}>
              <input type="radio" name="variant" value={v} checked={v === variant} onChange={() => setVariant(v)} />
              <code>{v}</code>
              {VARIANT_INFO[v].inferred ? <em className="tag tag--inferred">inferred</em> : null}
            </label>
          ))}
        </fieldset>
        <fieldset className="header__group">
          <legend className="header__label">Presets</legend>
          {PRESETS.map((p) => (
            <button key={p.id} type="button" className="btn btn--small" onClick={() => loadPreset(p.id)} data-preset={p.id}>
              {p.label}
            </button>
          ))}
        </fieldset>
      </div>
      <div className="header__row header__row--status">
        <Verdict />
        <p className="header__note" title={`${info.name}: ${info.status}`}>
          <code>{variant}</code> = {info.name}
          {info.inferred ? <strong> (inferred)</strong> : null}: {info.status}
        </p>
        <ShareBar />
      </div>
    </header>
  );
}
