// One step as the speaker reads it off the laptop: its number, thread and op, the call
// in the kernel's words, and its narration. The current step is drawn large, the next
// one beside it; the start and the end of the run say so instead.

import type { Frame, Model } from '../../engine';
import { callText, tablesOf } from '../../kernel-text/calls';
import { scenarioOf } from '../../packs';
import { ThreadTag } from '../../ui/names';

type K = unknown;

export function StepCard({ model, frame, which }: { model: Model<K>; frame: Frame<K> | null; which: 'now' | 'next' }) {
  const heading = which === 'now' ? 'Now' : 'Next';
  return (
    <section className={`pv-step pv-step--${which}`} aria-label={`${heading}: the ${which === 'now' ? 'current' : 'next'} step`} data-testid={`presenter-${which}`}>
      <h2 className="pv-step__label">{heading}</h2>
      {frame ? (
        <>
          <p className="pv-step__head">
            <span className="pv-step__num">Step {frame.step}</span> <ThreadTag tid={frame.thread} /> <code className="pv-step__op">{frame.op}</code>
            {frame.skipped ? <span className="pv-muted"> (skipped)</span> : null}
          </p>
          <p className="pv-step__call">
            <code>{callText(tablesOf(model), frame.op)}</code> <span className="pv-muted">in {frame.def.fn}()</span>
          </p>
          <p className="pv-step__text">{frame.skipped ? `Skipped: ${frame.skipped}` : frame.def.narration}</p>
        </>
      ) : which === 'now' ? (
        <>
          <p className="pv-step__head">
            <span className="pv-step__num">Initial state</span>
          </p>
          <p className="pv-step__text">{scenarioOf(model.scenario).intro}</p>
        </>
      ) : (
        <p className="pv-step__head">
          <span className="pv-step__num">End of the run</span>
        </p>
      )}
    </section>
  );
}
