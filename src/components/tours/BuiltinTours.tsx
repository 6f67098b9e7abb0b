// The packs' built-in tours: play one as it is, or copy it into the tour being built to
// change it. A stop the app cannot show yet (its scenario is not in this version) is
// left out, and the list says so.

import { useEffect, useId, useState } from 'react';
import type { Tour } from '../../store';
import { type BuiltinTour, loadBuiltinTours } from '../../tours/builtin';

export function BuiltinTours({ play, replace }: { play: (tour: Tour, index: number) => void; replace: (tour: Tour, message: string) => void }) {
  // The packs' tours load with the first panel that lists them (src/packs/contract.ts).
  const [tours, setTours] = useState<readonly BuiltinTour[] | null>(null);
  const titleId = useId();
  useEffect(() => {
    let live = true;
    void loadBuiltinTours().then((t) => live && setTours(t));
    return () => {
      live = false;
    };
  }, []);
  if (!tours || tours.length === 0) return null;
  return (
    <section className="tour-panel__section" aria-labelledby={titleId}>
      <h3 id={titleId}>Built-in tours</h3>
      <ul className="tour-builtins">
        {tours.map(({ def, tour, warnings }) => (
          <li key={def.id} data-testid="builtin-tour" data-id={def.id} data-stops={tour.stops.length}>
            <p className="tour-builtins__title">
              <strong>{def.title}</strong>, {tour.stops.length} stops: {def.blurb}
            </p>
            {warnings.length > 0 ? (
              <ul className="tour-builtins__skipped">
                {warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            ) : null}
            <div className="tour-panel__row">
              <button type="button" data-testid="builtin-tour-play" disabled={tour.stops.length === 0} onClick={() => play(tour, 0)}>
                Play
              </button>
              <button
                type="button"
                disabled={tour.stops.length === 0}
                onClick={() => replace({ title: tour.title, stops: [...tour.stops] }, `Copied "${def.title}" to edit: ${tour.stops.length} stops.`)}
              >
                Edit a copy
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
