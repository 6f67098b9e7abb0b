// The state graph, on demand (it asks the worker for the graph's shape of the current
// scenario and variant).

import { useEffect } from 'react';
import { useStore } from 'zustand';
import { selectScenario, selectVariant, useAppStore } from '../../store';
import { type ExploreUi, exploreUi, loadGraph } from './explorer';
import { StateGraph } from './StateGraph';

const selectGraph = (s: ExploreUi) => s.graph;

export function StateGraphSection() {
  const graph = useStore(exploreUi, selectGraph);
  const scenario = useAppStore(selectScenario);
  const variant = useAppStore(selectVariant);
  useEffect(() => {
    if (graph.on) void loadGraph(scenario, variant);
  }, [graph.on, scenario, variant]);
  const data = graph.data && graph.data.scenario === scenario && graph.data.variant === variant ? graph.data : null;
  return (
    <section aria-label="State graph">
      <h3>State graph</h3>
      <label>
        <input
          type="checkbox"
          checked={graph.on}
          data-testid="state-graph-on"
          onChange={(e) => exploreUi.setState({ graph: { ...exploreUi.getState().graph, on: e.target.checked } })}
        />{' '}
        Draw every distinct state of {scenario} in {variant}
      </label>
      {graph.on && !data ? <p className="muted">Asking the explorer…</p> : null}
      {graph.on && data ? <StateGraph graph={data} /> : null}
    </section>
  );
}
