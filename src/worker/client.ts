// The page's side of the explorer worker: numbered requests, progress callbacks and a
// promise per request that settles with the final answer (result, error or cancelled;
// it never rejects). Cancelling terminates the worker, which stops an exploration in
// the middle of a variant, and starts a fresh one for the next request.

import type { ExploreRequest, ExploreResponse, FinalResponse, RequestBody, VariantSummary } from './protocol';

/** The part of a Worker the client uses, so tests can hand in a fake. */
export interface WorkerLike {
  postMessage(message: ExploreRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<ExploreResponse>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export interface PendingRequest {
  id: number;
  done: Promise<FinalResponse>;
}

export interface ExploreClient {
  request(body: RequestBody, onProgress?: (summary: VariantSummary, done: number, total: number) => void): PendingRequest;
  /** Ends every pending request with `cancelled` and replaces the worker. */
  cancelAll(): void;
  /** Requests still waiting for their final answer. */
  pending(): number;
  dispose(): void;
}

interface Waiter {
  resolve: (r: FinalResponse) => void;
  onProgress?: (summary: VariantSummary, done: number, total: number) => void;
}

export function createExploreClient(spawn: () => WorkerLike): ExploreClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const waiters = new Map<number, Waiter>();

  const settleAll = (make: (id: number) => FinalResponse) => {
    const all = [...waiters.entries()];
    waiters.clear();
    for (const [id, w] of all) w.resolve(make(id));
  };

  const ensure = (): WorkerLike => {
    if (worker) return worker;
    const w = spawn();
    w.onmessage = (e) => {
      const msg = e.data;
      const waiter = waiters.get(msg.id);
      if (!waiter) return;
      if (msg.type === 'progress') {
        waiter.onProgress?.(msg.summary, msg.done, msg.total);
        return;
      }
      waiters.delete(msg.id);
      waiter.resolve(msg);
    };
    w.onerror = (e) => {
      // A worker that failed to load or threw outside the handler answers nothing more.
      const message = `the explorer worker failed: ${e.message || 'unknown error'}`;
      w.terminate();
      if (worker === w) worker = null;
      settleAll((id) => ({ id, type: 'error', message }));
    };
    worker = w;
    return w;
  };

  return {
    request(body, onProgress) {
      const id = nextId++;
      const done = new Promise<FinalResponse>((resolve) => {
        waiters.set(id, onProgress ? { resolve, onProgress } : { resolve });
      });
      ensure().postMessage({ ...body, id } as ExploreRequest);
      return { id, done };
    },
    cancelAll() {
      if (worker) {
        worker.terminate();
        worker = null;
      }
      settleAll((id) => ({ id, type: 'cancelled' }));
      // Warm a fresh worker now, so the next request does not wait for it to load.
      ensure();
    },
    pending: () => waiters.size,
    dispose() {
      worker?.terminate();
      worker = null;
      settleAll((id) => ({ id, type: 'cancelled' }));
    },
  };
}

/** The real worker, bundled by Vite from explore.worker.ts. */
export function spawnExploreWorker(): WorkerLike {
  return new Worker(new URL('./explore.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}
