import { describe, expect, it } from 'vitest';
import { explore, replay } from '../../engine';
import { getModel } from '../../packs';
import { graphData } from '../../worker/protocol';
import { layout, nearest, pathOf, scheduleTo } from './graphLayout';
import { randomBelow } from '../../store';

const m = getModel('seed', 'racy');
if (!m.ok) throw new Error(m.error);
const model = m.value;
const g = graphData(explore(model));

describe('the state graph', () => {
  it('lays nodes out in one layer per step, every edge going one layer right', () => {
    const l = layout(g);
    expect(l.layers.flat().length).toBe(199);
    g.next.forEach((succ, i) => {
      for (const [, j] of succ) expect(l.x[j]).toBeGreaterThan(l.x[i] as number);
    });
    expect(nearest(l, l.x[5] as number, l.y[5] as number)).toBe(5);
  });

  it('follows a schedule to the node its run ends in, and back to a schedule reaching any node', () => {
    const r = replay(model, []);
    if (!r.ok) throw new Error('replay');
    const path = pathOf(g, r.run.schedule);
    expect(path.length).toBe(r.run.schedule.length + 1);
    expect(g.end[path[path.length - 1] as number]).toBe(1);
    for (const i of [0, 17, 120, 198]) {
      const to = scheduleTo(g, i);
      expect(to.length).toBe(g.step[i]);
      expect(pathOf(g, to)[to.length]).toBe(i);
    }
  });

  it('marks the broken states, and the first one is reached by the shortest bad schedule', () => {
    const first = g.broken.indexOf(1);
    const x = explore(model);
    expect(scheduleTo(g, first)).toEqual(x.shortest);
  });
});

describe('randomBelow', () => {
  it('stays in range, also past 2^53', () => {
    let seed = 1;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const n = 2100654600n * 1000003n;
    for (let i = 0; i < 200; i++) {
      const k = randomBelow(n, rnd);
      expect(k >= 0n && k < n).toBe(true);
    }
    expect(randomBelow(1n, rnd)).toBe(0n);
  });
});
