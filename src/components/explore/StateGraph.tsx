// The explorer's state graph drawn as SVG: one dot per distinct state, in layers by step
// count; red where an invariant is broken; the current schedule as a path with the
// cursor's state ringed. Clicking a state loads a schedule that reaches it (the first
// one found breadth-first) and puts the cursor on it.

import { type KeyboardEvent, type MouseEvent, useMemo, useRef, useState } from 'react';
import { selectCursor, useAppStore, useAppStoreApi } from '../../store';
import type { Store } from '../../store/store';
import type { GraphData } from '../../worker/protocol';
import { groupDigits } from './ExploreTable';
import { dots, edges, labelOf, layout, nearest, pathOf, scheduleTo } from './graphLayout';

const selectSchedule = (s: Store) => s.schedule;

/** How far apart the enlarged graph draws its states: room for each one's label. */
const LARGE = 3;

/** `large`: the enlarged graph (a dialog), every state labelled with the steps each thread has run. */
export function StateGraph({ graph, large = false }: { graph: GraphData; large?: boolean }) {
  const app = useAppStoreApi();
  const schedule = useAppStore(selectSchedule);
  const cursor = useAppStore(selectCursor);
  const [hover, setHover] = useState<number | null>(null);
  const l = useMemo(() => layout(graph, large ? LARGE : 1), [graph, large]);
  const r = large ? 4 : 2;
  const all = useMemo(() => {
    const ids = graph.step.map((_, i) => i);
    return {
      edges: edges(graph, l),
      plain: dots(ids.filter((i) => !graph.broken[i]), l, r),
      broken: dots(ids.filter((i) => graph.broken[i]), l, r * 1.25),
    };
  }, [graph, l, r]);
  const path = useMemo(() => pathOf(graph, schedule), [graph, schedule]);
  const pathEdges = useMemo(() => {
    const set = new Set<string>();
    for (let k = 1; k < path.length; k++) set.add(`${path[k - 1]}>${path[k]}`);
    return edges(graph, l, set);
  }, [graph, l, path]);
  const here = path[Math.min(cursor, path.length - 1)] ?? 0;

  const svg = useRef<SVGSVGElement>(null);
  const toGraph = (e: MouseEvent<HTMLDivElement>) => {
    const ctm = svg.current?.getScreenCTM();
    if (!ctm) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    return nearest(l, p.x, p.y);
  };
  const jump = (n: number) => {
    const to = scheduleTo(graph, n);
    app.getState().loadSchedule(to, to.length);
  };

  // Keys: up/down within a layer, left to the parent, right to the first successor,
  // Enter to load. They are the graph's own while it has focus.
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = hover ?? here;
    const layer = l.layers[graph.step[at] as number] ?? [];
    const k = layer.indexOf(at);
    let to: number | undefined;
    if (e.key === 'ArrowUp') to = layer[k - 1];
    else if (e.key === 'ArrowDown') to = layer[k + 1];
    else if (e.key === 'ArrowLeft') to = at > 0 ? graph.parent[at] : undefined;
    else if (e.key === 'ArrowRight') to = graph.next[at]?.[0]?.[1];
    else if (e.key === 'Enter') {
      e.preventDefault();
      jump(at);
      return;
    } else return;
    e.preventDefault();
    if (to !== undefined) setHover(to);
  };

  const info = hover ?? here;
  return (
    <figure className="state-graph">
      <div
        className="state-graph__widget"
        role="application"
        aria-roledescription="state graph"
        aria-label={`State graph of ${graph.scenario} in ${graph.variant}: ${graph.step.length} states. Arrow keys pick a state, Enter loads it.`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a keyboard-operable widget (arrow keys pick, Enter loads)
        tabIndex={0}
        onKeyDown={onKey}
        onMouseMove={(e) => setHover(toGraph(e))}
        onMouseLeave={() => setHover(null)}
        onClick={(e) => {
          const n = toGraph(e);
          if (n !== null) jump(n);
        }}
      >
      <svg
        ref={svg}
        viewBox={`0 0 ${l.width} ${l.height}`}
        width={large ? l.width * 2.2 : '100%'}
        height={large ? l.height * 2.2 : undefined}
        aria-hidden="true"
        data-testid="state-graph"
        data-states={graph.step.length}
        data-here={here}
      >
        <path d={all.edges} className="sg-edges" />
        <path d={pathEdges} className="sg-path" />
        <path d={all.plain} className="sg-node" />
        <path d={all.broken} className="sg-node sg-node--broken" />
        {large ? (
          <g className="sg-labels" data-testid="state-graph-labels">
            {graph.step.map((_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a node's index is its id in the graph
              <text key={i} x={(l.x[i] as number) + r + 1} y={(l.y[i] as number) + 2.2}>
                {labelOf(graph, i)}
              </text>
            ))}
          </g>
        ) : null}
        <circle cx={l.x[here]} cy={l.y[here]} r={r * 2.25} className="sg-here" />
        {hover !== null ? <circle cx={l.x[hover]} cy={l.y[hover]} r={r * 2} className="sg-hover" /> : null}
      </svg>
      </div>
      <figcaption>
        {graph.step.length} states in {l.layers.length} layers (one per step).{' '}
        {large ? 'Each state is labelled with the steps each thread has run (T1·T2…). ' : null}
        <span className="sg-key sg-key--broken">●</span> invariant broken, <span className="sg-key sg-key--path">—</span>{' '}
        this schedule, ◯ the cursor. Click a state (or pick one with the arrow keys and press Enter) to load a schedule that reaches it.
        <br />
        <span data-testid="state-graph-info">
          {hover !== null ? 'Picked' : 'Cursor'}: state {info} after {graph.step[info]} steps ({(graph.pcs[info] ?? []).map((pc, t) => `T${t + 1} has run ${pc}`).join(', ')})
          {graph.broken[info] ? ', invariant broken' : ''}; {groupDigits(graph.bad[info] ?? '0')} bad complete schedules
          pass through it.
        </span>
      </figcaption>
    </figure>
  );
}
