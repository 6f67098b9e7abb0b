// The state graph, on demand (it asks the worker for the graph's shape of the current
// scenario and variant).

import { useEffect, useRef, useState } from 'react';
import { useModalDialog } from '../useModalDialog';
import { selectScenario, selectVariant, useAppStore } from '../../store';
import type { Store } from '../../store/store';
import { StateGraph } from './StateGraph';

const selectGraph = (s: Store) => s.explore.graph;
const selectLoadGraph = (s: Store) => s.loadGraph;
const selectSetGraphOn = (s: Store) => s.setGraphOn;

export function StateGraphSection() {
  const graph = useAppStore(selectGraph);
  const loadGraph = useAppStore(selectLoadGraph);
  const setGraphOn = useAppStore(selectSetGraphOn);
  const scenario = useAppStore(selectScenario);
  const variant = useAppStore(selectVariant);
  useEffect(() => {
    if (graph.on) void loadGraph(scenario, variant);
  }, [graph.on, scenario, variant, loadGraph]);
  const [large, setLarge] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  useModalDialog(dialog, large);
  const data = graph.data && graph.data.scenario === scenario && graph.data.variant === variant ? graph.data : null;
  return (
    <section aria-label="State graph">
      <h3>State graph</h3>
      <label>
        <input
          type="checkbox"
          checked={graph.on}
          data-testid="state-graph-on"
          onChange={(e) => setGraphOn(e.target.checked)}
        />{' '}
        Draw every distinct state of {scenario} in {variant}
      </label>
      {graph.on && !data ? <p className="muted">Asking the explorer…</p> : null}
      {graph.on && data ? (
        <>
          <StateGraph graph={data} />
          <button type="button" onClick={() => setLarge(true)} data-testid="state-graph-enlarge">
            Enlarge, with each state labelled
          </button>
          <dialog ref={dialog} className="state-graph-dialog" aria-label={`State graph of ${scenario} in ${variant}`} onClose={() => setLarge(false)}>
            <div className="sheet__head">
              <h2>
                Every state of {scenario} in {variant}
              </h2>
              <button type="button" className="sheet__close" onClick={() => setLarge(false)} aria-label="Close the enlarged graph">
                ×
              </button>
            </div>
            {large ? <StateGraph graph={data} large /> : null}
          </dialog>
        </>
      ) : null}
    </section>
  );
}
