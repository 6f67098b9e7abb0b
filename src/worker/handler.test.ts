import { describe, expect, it } from 'vitest';
import { explore, replay } from '../engine';
import { explorationJson } from '../cli/report';
import { getModel } from '../packs';
import { createExploreHandler } from './handler';
import type { ExploreResponse } from './protocol';
import { parseRequest } from './protocol';

function collect(deps = {}) {
  const out: ExploreResponse[] = [];
  const handler = createExploreHandler((r) => out.push(structuredClone(r)), { pause: async () => {}, ...deps });
  return { out, handler };
}

const model = (sc: string, v: string) => {
  const m = getModel(sc, v);
  if (!m.ok) throw new Error(m.error);
  return m.value;
};

describe('the explorer worker handler', () => {
  it('posts one progress per variant, then the result, with the CLI numbers as strings', async () => {
    const { out, handler } = collect();
    await handler.receive({ id: 7, type: 'explore', scenario: 'seed', variants: ['racy', 'under_alloc', 'eb_refs'] });
    expect(out.map((r) => r.type)).toEqual(['progress', 'progress', 'progress', 'result']);
    const last = out[3];
    if (last?.type !== 'result' || last.result.kind !== 'explore') throw new Error('no result');
    expect(last.id).toBe(7);
    for (const s of last.result.summaries) {
      const cli = explorationJson(explore(model('seed', s.variant)));
      expect(s.schedules).toBe(String(cli.schedules));
      expect(s.bad).toBe(String(cli.bad));
      expect(s.states).toBe(cli.states);
      expect(s.outcomes.length).toBe((cli.outcomes as unknown[]).length);
      expect(s.shortest?.join('') ?? null).toBe(cli.shortest);
      expect(s.fewestSwitches?.join('') ?? null).toBe(cli.fewestSwitches);
    }
    expect(last.result.summaries.map((s) => [s.variant, s.schedules, s.bad])).toEqual([
      ['racy', '264215', '27720'],
      ['under_alloc', '894211', '0'],
      ['eb_refs', '903630', '0'],
    ]);
  });

  it('answers nthBad from its cache with bad schedules, and null out of range', async () => {
    let explorations = 0;
    const { out, handler } = collect({
      explore: (m: Parameters<typeof explore>[0]) => {
        explorations++;
        return explore(m);
      },
    });
    await handler.receive({ id: 1, type: 'nthBad', scenario: 'seed', variant: 'racy', k: '0' });
    await handler.receive({ id: 2, type: 'nthBad', scenario: 'seed', variant: 'racy', k: '27719' });
    await handler.receive({ id: 3, type: 'nthBad', scenario: 'seed', variant: 'racy', k: '27720' });
    expect(explorations).toBe(1);
    const schedules = out.map((r) => (r.type === 'result' && r.result.kind === 'nthBad' ? r.result.schedule : 'x'));
    expect(schedules[2]).toBeNull();
    for (const s of schedules.slice(0, 2)) {
      if (!Array.isArray(s)) throw new Error('expected a schedule');
      const r = replay(model('seed', 'racy'), s);
      expect(r.ok && r.run.outcome.verdict).toBe('bug');
    }
  });

  it('sends the graph as plain data, index-aligned', async () => {
    const { out, handler } = collect();
    await handler.receive({ id: 4, type: 'graph', scenario: 'seed', variant: 'racy' });
    const r = out[0];
    if (r?.type !== 'result' || r.result.kind !== 'graph') throw new Error('no graph');
    const g = r.result.graph;
    expect(g.step.length).toBe(199);
    expect(g.parent[0]).toBe(-1);
    expect(g.bad[0]).toBe('27720');
    expect(g.broken.some((b) => b === 1)).toBe(true);
  });

  it('stops an exploration at the next pause when a cancel arrives', async () => {
    const out: ExploreResponse[] = [];
    let handler: ReturnType<typeof createExploreHandler> | null = null;
    let pauses = 0;
    handler = createExploreHandler((r) => out.push(r), {
      pause: async () => {
        // The cancel arrives while the first variant waits its turn.
        if (pauses++ === 1) await handler?.receive({ id: 9, type: 'cancel', target: 8 });
      },
    });
    await handler.receive({ id: 8, type: 'explore', scenario: 'seed', variants: ['racy', 'under_alloc', 'eb_refs'] });
    expect(out.map((r) => `${r.id}:${r.type}`)).toEqual(['8:progress', '9:result', '8:cancelled']);
  });

  it('answers malformed requests and unknown scenarios with an error naming the problem', async () => {
    const { out, handler } = collect();
    await handler.receive('hello');
    await handler.receive({ id: 5, type: 'explore', scenario: 'seed', variants: ['fast'] });
    await handler.receive({ id: 6, type: 'explore', scenario: 'nope', variants: ['racy'] });
    await handler.receive({ id: 10, type: 'nthBad', scenario: 'seed', variant: 'racy', k: '-1' });
    expect(out).toEqual([
      { id: -1, type: 'error', message: 'request is not an object' },
      { id: 5, type: 'error', message: expect.stringContaining('variants must be') },
      { id: 6, type: 'error', message: expect.stringContaining('unknown scenario "nope"') },
      { id: 10, type: 'error', message: expect.stringContaining('decimal string') },
    ]);
  });

  it('accepts exactly the requests it knows', () => {
    expect(parseRequest({ id: 1, type: 'graph', scenario: 'seed', variant: 'eb_refs' }).ok).toBe(true);
    expect(parseRequest({ id: 1.5, type: 'graph', scenario: 'seed', variant: 'eb_refs' }).ok).toBe(false);
    expect(parseRequest({ id: 1, type: 'launch' }).ok).toBe(false);
  });
});
