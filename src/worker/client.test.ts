import { describe, expect, it } from 'vitest';
import type { WorkerLike } from './client';
import { createExploreClient } from './client';
import { createExploreHandler } from './handler';
import type { ExploreRequest, ExploreResponse } from './protocol';

/** A worker that runs the real handler in this thread, asynchronously like a Worker. */
function fakeWorker(log: string[]): WorkerLike {
  const w: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message: ExploreRequest) {
      setTimeout(() => void handler.receive(structuredClone(message)), 0);
    },
    terminate() {
      log.push('terminate');
      terminated = true;
    },
  };
  let terminated = false;
  const handler = createExploreHandler((r: ExploreResponse) => {
    if (!terminated) w.onmessage?.({ data: structuredClone(r) } as MessageEvent<ExploreResponse>);
  });
  log.push('spawn');
  return w;
}

describe('the explorer client', () => {
  it('reports progress per variant and settles with the result', async () => {
    const log: string[] = [];
    const client = createExploreClient(() => fakeWorker(log));
    const seen: string[] = [];
    const { done } = client.request({ type: 'explore', scenario: 'seed', variants: ['racy', 'eb_refs'] }, (s, d, t) =>
      seen.push(`${d}/${t} ${s.variant} ${s.bad}`),
    );
    const r = await done;
    expect(seen).toEqual(['1/2 racy 27720', '2/2 eb_refs 0']);
    expect(r.type).toBe('result');
    expect(client.pending()).toBe(0);
    client.dispose();
  });

  it('cancels by terminating the worker and starting a fresh one', async () => {
    const log: string[] = [];
    const client = createExploreClient(() => fakeWorker(log));
    const a = client.request({ type: 'explore', scenario: 'two-allocators', variants: ['racy'] });
    const b = client.request({ type: 'nthBad', scenario: 'seed', variant: 'racy', k: '0' });
    client.cancelAll();
    expect(await a.done).toEqual({ id: a.id, type: 'cancelled' });
    expect(await b.done).toEqual({ id: b.id, type: 'cancelled' });
    expect(log).toEqual(['spawn', 'terminate', 'spawn']);
    // The fresh worker answers the next request.
    const c = await client.request({ type: 'explore', scenario: 'seed', variants: ['racy'] }).done;
    expect(c.type === 'result' && c.result.kind === 'explore' && c.result.summaries[0]?.schedules).toBe('264215');
    client.dispose();
  });

  it('turns a worker failure into an error answer for every pending request', async () => {
    let w: WorkerLike | null = null;
    const client = createExploreClient(() => {
      w = { onmessage: null, onerror: null, postMessage() {}, terminate() {} };
      return w;
    });
    const a = client.request({ type: 'graph', scenario: 'seed', variant: 'racy' });
    (w as WorkerLike | null)?.onerror?.({ message: 'SyntaxError' } as ErrorEvent);
    expect(await a.done).toEqual({ id: a.id, type: 'error', message: 'the explorer worker failed: SyntaxError' });
  });
});
