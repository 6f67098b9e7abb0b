// The second way to build a schedule, as in The Deadlock Empire: run the next step of a
// thread from the current point (buttons, or keys 1, 2, 3), dropping what followed. A
// thread that cannot run says why on its button; nothing is ever refused this way.

import { useShallow } from 'zustand/react/shallow';
import { whyNotRun } from '../../engine';
import { callText } from '../../kernel-text/calls';
import { packOf } from '../../packs';
import type { Store } from '../../store';
import { selectState, useAppStore } from '../../store';
import { threadShape, threadStyle } from '../../ui/names';
import { crashOf } from './marks';

const selectRun = (s: Store) => ({ model: s.model, state: selectState(s), runThread: s.runThread, run: s.run, cursor: s.cursor });

export function RunThreads() {
  const { model, state, runThread, run, cursor } = useAppStore(useShallow(selectRun));
  const tables = packOf(model.scenario).kernelText;
  return (
    <fieldset className="tl-run">
      <legend className="tl-sr-only">Run the next step of a thread</legend>
      {model.threads.map((t) => {
        const crash = crashOf(run, model, t.tid, cursor);
        const fault = crash?.violations.find((v) => v.step === crash.step);
        const why =
          crash && fault && state.threads[t.tid - 1]?.status === 'done'
            ? `T${t.tid} has finished; at step ${crash.step} ${fault.message} (${fault.invariant})`
            : whyNotRun(model, state, t.tid);
        const next = t.steps[state.threads[t.tid - 1]?.pc ?? 0];
        const label = why ?? `next: ${next ? callText(tables, next.op) : '-'}`;
        return (
          <button
            key={t.tid}
            type="button"
            className="tl-run__btn"
            style={threadStyle(t.tid)}
            disabled={why !== null}
            onClick={() => runThread(t.tid)}
            data-testid="run-thread"
            data-thread={t.tid}
            aria-keyshortcuts={t.tid <= 9 ? String(t.tid) : undefined}
            title={`${why ? `${why}. ` : ''}Run T${t.tid}'s next step from here (key ${t.tid}); the steps after it are dropped and completed by the engine`}
          >
            <span className="tl-run__who">
              <span aria-hidden="true">{threadShape(t.tid)}</span> Run T{t.tid} <kbd>{t.tid}</kbd>
            </span>
            <span className="tl-run__why">{label}</span>
          </button>
        );
      })}
    </fieldset>
  );
}
