// The current interleaving as kernel-style text, with a one-line caption.
import { exportDiagram } from '../../kernel-text/export';
import { findVariant, packOf } from '../../packs';
import type { Store } from '../../store/store';

const ascii = (s: string) => s.replace(/[^\x20-\x7e]/g, '?');

export function diagramOf(s: Store): string {
  const o = s.run.outcome;
  const verdict = o.verdict === 'bug' ? `bug, ${o.invariant} broken at step ${o.step}` : 'safe';
  const caption = ascii(`${packOf(s.scenario).title}, scenario ${s.scenario}, variant ${s.variant} (${findVariant(s.scenario, s.variant)?.name ?? s.variant}): ${verdict}`);
  return exportDiagram(s.model, s.schedule, { caption });
}
