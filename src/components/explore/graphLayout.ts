// The state graph's layout and walks, as pure functions of the worker's GraphData:
// nodes in layers by step count (the explorer's graph is a DAG whose layers are the
// steps executed), the current schedule as a path, and a schedule that reaches a node.

import type { Tid } from '../../engine';
import type { GraphData } from '../../worker/protocol';

export const DX = 16;
export const DY = 9;
export const PAD = 6;

export interface Layout {
  /** The spacing of layers and of states in a layer. */
  dx: number;
  dy: number;
  x: number[];
  y: number[];
  /** Node indices per layer, in the explorer's (breadth-first) order. */
  layers: number[][];
  width: number;
  height: number;
}

/** `scale` spreads the layers and the states apart (the enlarged graph, whose states carry labels). */
export function layout(g: GraphData, scale = 1): Layout {
  const dx = DX * scale;
  const dy = DY * scale;
  const layers: number[][] = [];
  g.step.forEach((s, i) => {
    const layer = layers[s] ?? [];
    layer.push(i);
    layers[s] = layer;
  });
  const tallest = Math.max(1, ...layers.map((l) => l?.length ?? 0));
  const x: number[] = new Array(g.step.length).fill(0);
  const y: number[] = new Array(g.step.length).fill(0);
  layers.forEach((nodes, s) => {
    // Centre each layer vertically so the graph's shape reads at a glance.
    const offset = ((tallest - nodes.length) * dy) / 2;
    nodes.forEach((n, k) => {
      x[n] = PAD + s * dx;
      y[n] = PAD + offset + k * dy;
    });
  });
  return { dx, dy, x, y, layers, width: PAD * 2 + (layers.length - 1) * dx, height: PAD * 2 + (tallest - 1) * dy };
}

/** The nodes a schedule visits from the root (as far as the graph has its steps). */
export function pathOf(g: GraphData, schedule: readonly Tid[]): number[] {
  const path = [0];
  let at = 0;
  for (const tid of schedule) {
    const edge = g.next[at]?.find(([t]) => t === tid);
    if (!edge) break;
    at = edge[1];
    path.push(at);
  }
  return path;
}

/** The schedule that first reached node `i` breadth-first (the engine's pathTo over parent/via). */
export function scheduleTo(g: GraphData, i: number): Tid[] {
  const out: Tid[] = [];
  for (let at = i; at > 0; at = g.parent[at] as number) out.push(g.via[at] as Tid);
  return out.reverse();
}

/** The node nearest a point in graph coordinates, within one layer's reach. */
export function nearest(l: Layout, px: number, py: number): number | null {
  const s = Math.round((px - PAD) / l.dx);
  let best: number | null = null;
  let bestD = l.dy * l.dy;
  for (const n of l.layers[s] ?? []) {
    const d = ((l.x[n] as number) - px) ** 2 + ((l.y[n] as number) - py) ** 2;
    if (d < bestD) {
      best = n;
      bestD = d;
    }
  }
  return best;
}

/** One SVG path of small dots: cheaper than a circle element per node. */
export function dots(nodes: readonly number[], l: Layout, r: number): string {
  return nodes.map((n) => `M${(l.x[n] as number) - r},${l.y[n]}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`).join('');
}

export function edges(g: GraphData, l: Layout, only?: ReadonlySet<string>): string {
  let d = '';
  g.next.forEach((succ, i) => {
    for (const [, j] of succ) {
      if (only && !only.has(`${i}>${j}`)) continue;
      d += `M${l.x[i]},${l.y[i]}L${l.x[j]},${l.y[j]}`;
    }
  });
  return d;
}

/** A state's label: the steps each thread has run, "7·3" (T1 has run 7, T2 3). */
export const labelOf = (g: GraphData, i: number): string => (g.pcs[i] ?? []).join('·');
