// Scenario and variant switches, the sources, and the verdict of the whole schedule,
// packed into two short rows so the kernel picture keeps the screen.

import { useId } from 'react';
import { findVariant, PACKS, type Pack, scenarioOf } from '../../packs';
import { selectScenario, selectVariant, useAppStore } from '../../store';
import type { Store } from '../../store/store';
import { ShareBar } from '../share/ShareBar';
import { SourceLinks } from './SourceLinks';
import './header.css';
import { ToldVerdict } from './Verdict';

const selectSetScenario = (s: Store) => s.setScenario;
const selectSetVariant = (s: Store) => s.setVariant;

/** A pack's scenarios as options: the id is the value (links and tests name it), the title is what one reads. */
function ScenarioOptions({ pack }: { pack: Pack }) {
  return pack.scenarios.map((s) => (
    <option key={s.id} value={s.id}>
      {s.title}
    </option>
  ));
}

export function Header() {
  const scenario = useAppStore(selectScenario);
  const variant = useAppStore(selectVariant);
  const setScenario = useAppStore(selectSetScenario);
  const setVariant = useAppStore(selectSetVariant);
  // The radio group's name: one per instance, or two apps on a page would share one group.
  const group = useId();
  const def = scenarioOf(scenario);
  const info = findVariant(scenario, variant) ?? def.variants[0];
  const blurb = def.blurb;
  return (
    <header className="header">
      <div className="header__row">
        <h1 className="header__title" title={def.pack.description}>
          {def.pack.title}
        </h1>
        <SourceLinks links={[...def.links, ...(info?.links ?? [])]} />
        <label className="header__field" title={blurb}>
          <span className="header__label">Scenario</span>
          <select value={scenario} onChange={(e) => setScenario(e.target.value)} data-testid="scenario-select">
            {PACKS.length === 1 ? (
              <ScenarioOptions pack={PACKS[0] as Pack} />
            ) : (
              PACKS.map((p) => (
                <optgroup key={p.id} label={p.title}>
                  <ScenarioOptions pack={p} />
                </optgroup>
              ))
            )}
          </select>
        </label>
        <fieldset className="header__group">
          <legend className="header__label">Variant</legend>
          {def.variants.map((v) => (
            <label key={v.id} className={v.id === variant ? 'seg seg--on' : 'seg'} title={`${v.name}: ${v.status}`}>
              <input type="radio" name={group} value={v.id} checked={v.id === variant} onChange={() => setVariant(v.id)} />
              <code>{v.id}</code>
              {v.inferred ? <em className="tag tag--inferred">inferred</em> : null}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="header__row header__row--status">
        <ToldVerdict />
        {info ? (
          // The variant's name in a line; where it stands (its status, its source) on hover.
          <p className="header__note" title={`${info.name}: ${info.status}. ${info.cites}`}>
            <code>{variant}</code> = {info.name}
            {info.inferred ? <strong> (inferred: never posted as code)</strong> : null}
          </p>
        ) : null}
        <ShareBar />
      </div>
    </header>
  );
}
