// The worker's logic as a plain function of messages, so it can be tested without a
// Worker: `receive(request)` posts progress and exactly one final answer per request.
// Explorations are cached per scenario and variant; `nthBad` and `graph` answer from
// that cache (exploring first when needed).

import type { Exploration, Model } from '../engine';
import { explore, nthBadSchedule } from '../engine';
import { getModel } from '../packs';
import type { ExploreRequest, ExploreResponse, VariantSummary } from './protocol';
import { graphData, parseRequest, summarizeExploration } from './protocol';

export interface HandlerDeps {
  explore: (model: Model<unknown>) => Exploration<unknown>;
  /** Lets queued messages (a cancel) in between two variants. */
  pause: () => Promise<void>;
  now: () => number;
}

const defaultDeps: HandlerDeps = {
  explore,
  pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
  now: () => performance.now(),
};

export interface ExploreHandler {
  receive(data: unknown): Promise<void>;
}

export function createExploreHandler(post: (r: ExploreResponse) => void, deps: Partial<HandlerDeps> = {}): ExploreHandler {
  const d = { ...defaultDeps, ...deps };
  const cache = new Map<string, Exploration<unknown>>();
  const cancelled = new Set<number>();

  const explored = (scenario: string, variant: string, fresh = false): { x: Exploration<unknown>; ms: number } => {
    const key = `${scenario}/${variant}`;
    const hit = fresh ? undefined : cache.get(key);
    if (hit) return { x: hit, ms: 0 };
    const model = getModel(scenario, variant);
    if (!model.ok) throw new Error(model.error);
    const t0 = d.now();
    const x = d.explore(model.value);
    const ms = d.now() - t0;
    cache.set(key, x);
    return { x, ms };
  };

  async function run(req: ExploreRequest): Promise<void> {
    switch (req.type) {
      case 'cancel':
        cancelled.add(req.target);
        post({ id: req.id, type: 'result', result: { kind: 'cancel', target: req.target } });
        return;
      case 'explore': {
        const summaries: VariantSummary[] = [];
        for (const variant of req.variants) {
          // A pause before each variant lets a cancel that arrived meanwhile take effect.
          await d.pause();
          if (cancelled.delete(req.id)) {
            post({ id: req.id, type: 'cancelled' });
            return;
          }
          const { x, ms } = explored(req.scenario, variant, req.fresh);
          const summary = summarizeExploration(x, ms);
          summaries.push(summary);
          post({ id: req.id, type: 'progress', done: summaries.length, total: req.variants.length, summary });
        }
        post({ id: req.id, type: 'result', result: { kind: 'explore', summaries } });
        return;
      }
      case 'nthBad': {
        const { x } = explored(req.scenario, req.variant);
        const schedule = nthBadSchedule(x, BigInt(req.k));
        post({ id: req.id, type: 'result', result: { kind: 'nthBad', variant: req.variant, k: req.k, schedule } });
        return;
      }
      case 'graph': {
        const { x } = explored(req.scenario, req.variant);
        post({ id: req.id, type: 'result', result: { kind: 'graph', graph: graphData(x) } });
        return;
      }
    }
  }

  return {
    async receive(data) {
      const parsed = parseRequest(data);
      if (!parsed.ok) {
        post({ id: parsed.id, type: 'error', message: parsed.error });
        return;
      }
      try {
        await run(parsed.value);
      } catch (e) {
        post({ id: parsed.value.id, type: 'error', message: e instanceof Error ? e.message : String(e) });
      }
    },
  };
}
