// The code of the step just run, as pseudo-C in the kernel's names, with where it comes
// from (the variant's own source, RACE.md 5a), a link to the function at that version
// (elixir, or the patch on lore), labelled with where it goes, and "inferred" where the
// model is.

import type { Frame, Model } from '../../engine';
import { packOf } from '../../packs';
import { linkDestination } from './linkDestination';

export function StepCode({ model, frame }: { model: Model<unknown>; frame: Frame<unknown> }) {
  const link = packOf(model.scenario).stepLink(frame.def, model.variant);
  const src = frame.def.source;
  return (
    <div className="sv-stepcode">
      <pre className="sv-stepcode__code">{frame.def.code.join('\n')}</pre>
      <p className="sv-stepcode__src">
        <span className="sv-muted">{src.ref}</span>
        {src.inferred ? <em className="tag tag--inferred">inferred</em> : null}
        {link ? (
          <a href={link} target="_blank" rel="noopener noreferrer" className="sv-stepcode__link" data-testid="step-link">
            {frame.def.fn}() on {linkDestination(link)} ↗
          </a>
        ) : null}
      </p>
    </div>
  );
}
