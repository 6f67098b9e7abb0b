// The switch for compare mode and the choice of the two variants (in the explore panel).

import { variantIds } from '../../packs';
import { selectCompare, selectScenario, useAppStore } from '../../store';
import type { Store } from '../../store/store';

const selectSetCompare = (s: Store) => s.setCompare;

export function CompareToggle() {
  const compare = useAppStore(selectCompare);
  const setCompare = useAppStore(selectSetCompare);
  const scenario = useAppStore(selectScenario);
  const variants = variantIds(scenario);
  return (
    <section className="compare-toggle" aria-label="Side by side">
      <h3>Side by side</h3>
      <label>
        <input type="checkbox" checked={compare.on} onChange={(e) => setCompare({ on: e.target.checked })} data-testid="compare-on" />{' '}
        Run this schedule in two variants, stepping with the cursor
      </label>
      <div className="compare-toggle__pick">
        <VariantSelect label="left" variants={variants} value={compare.left} onChange={(left) => setCompare({ left })} />
        <span>vs.</span>
        <VariantSelect label="right" variants={variants} value={compare.right} onChange={(right) => setCompare({ right })} />
      </div>
    </section>
  );
}

function VariantSelect({
  label,
  variants,
  value,
  onChange,
}: {
  label: string;
  variants: readonly string[];
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <select aria-label={`${label} variant`} value={value} onChange={(e) => onChange(e.target.value)} data-testid={`compare-${label}`}>
      {variants.map((v) => (
        <option key={v} value={v}>
          {v}
        </option>
      ))}
    </select>
  );
}
