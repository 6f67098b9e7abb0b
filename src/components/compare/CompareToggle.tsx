// The switch for compare mode and the choice of the two variants (in the explore panel).

import { useStore } from 'zustand';
import type { Variant } from '../../scenarios';
import { VARIANTS } from '../../scenarios';
import { type ExploreUi, exploreUi } from '../explore/explorer';

const selectCompare = (s: ExploreUi) => s.compare;

export function setCompare(patch: Partial<ExploreUi['compare']>): void {
  exploreUi.setState({ compare: { ...exploreUi.getState().compare, ...patch } });
}

export function CompareToggle() {
  const compare = useStore(exploreUi, selectCompare);
  return (
    <section className="compare-toggle" aria-label="Side by side">
      <h3>Side by side</h3>
      <label>
        <input type="checkbox" checked={compare.on} onChange={(e) => setCompare({ on: e.target.checked })} data-testid="compare-on" />{' '}
        Run this schedule in two variants, stepping with the cursor
      </label>
      <div className="compare-toggle__pick">
        <VariantSelect label="left" value={compare.left} onChange={(left) => setCompare({ left })} />
        <span>vs.</span>
        <VariantSelect label="right" value={compare.right} onChange={(right) => setCompare({ right })} />
      </div>
    </section>
  );
}

function VariantSelect({ label, value, onChange }: { label: string; value: Variant; onChange: (v: Variant) => void }) {
  return (
    <select aria-label={`${label} variant`} value={value} onChange={(e) => onChange(e.target.value as Variant)} data-testid={`compare-${label}`}>
      {VARIANTS.map((v) => (
        <option key={v} value={v}>
          {v}
        </option>
      ))}
    </select>
  );
}
