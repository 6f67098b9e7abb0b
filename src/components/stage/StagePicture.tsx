// One run's picture on a stage: the pack's own picture in its stage presentation (what
// the step touches drawn big, the rest folded), and, at a step that decides a branch
// (a check), a card with what the check sees, in the engine's words.

import { useMemo } from 'react';
import type { Frame, Model, Run } from '../../engine';
import { packOf } from '../../packs';
import { viewOf } from '../../packs/views';
import { changesOf } from '../../ui/changes';
import { stateAt } from '../compare/align';

type K = unknown;

export function StagePicture({ model, run, cursor }: { model: Model<K>; run: Run<K>; cursor: number }) {
  const frame = cursor > 0 ? (run.frames[cursor - 1] ?? null) : null;
  const state = stateAt(run, cursor);
  const past = useMemo(() => run.frames.slice(0, cursor), [run, cursor]);
  const Picture = viewOf(packOf(model.scenario).id)?.Picture;
  return (
    <section className="st-picture" data-testid="kernel-picture" data-variant={model.variant} aria-label="kernel picture">
      <CheckCard frame={frame} />
      {Picture ? (
        <Picture model={model} state={state} frame={frame} nextFrame={run.frames[cursor] ?? null} past={past} changes={changesOf(frame)} presentation="stage" />
      ) : null}
    </section>
  );
}

/** What a check just saw ("S->under_alloc is set") and what it answered. */
export function CheckCard({ frame }: { frame: Frame<K> | null }) {
  const results = frame?.events.filter((e) => e.kind === 'result') ?? [];
  if (!frame || results.length === 0) return null;
  return (
    <aside className="st-card st-card--check" data-testid="check-card" data-op={frame.op}>
      {results.map((r) => (
        <p key={r.name}>
          <code>{r.name}()</code> sees: <b>{r.detail}</b> <span className="st-card__answer">→ {String(r.value)}</span>
        </p>
      ))}
    </aside>
  );
}
