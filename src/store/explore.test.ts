import { afterEach, describe, expect, it } from 'vitest';
import { explore } from '../engine';
import { getModel } from '../packs';
import type { WorkerLike } from '../worker/client';
import { createExploreHandler } from '../worker/handler';
import type { ExploreRequest, ExploreResponse } from '../worker/protocol';
import { summarizeExploration } from '../worker/protocol';
import { selectBrowse } from './selectors';
import { type AppStore, createAppStore } from './store';

function inProcessWorker(): WorkerLike {
  const w: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (m: ExploreRequest) => setTimeout(() => void handler.receive(structuredClone(m)), 0),
    terminate: () => {},
  };
  const handler = createExploreHandler((r: ExploreResponse) => w.onmessage?.({ data: r } as MessageEvent<ExploreResponse>));
  return w;
}

/** The panel's results for seed, as the worker would have posted them. */
function knownSeed(app: AppStore) {
  const row = Object.fromEntries(
    (['racy', 'under_alloc', 'eb_refs'] as const).map((v) => {
      const m = getModel('seed', v);
      if (!m.ok) throw new Error(m.error);
      return [v, summarizeExploration(explore(m.value), 0)];
    }),
  );
  app.setState({ explore: { ...app.getState().explore, results: { seed: row }, browse: null, message: null } });
}

const stores: AppStore[] = [];
function appStore(spawnWorker?: () => WorkerLike) {
  const app = createAppStore(spawnWorker ? { spawnWorker } : {});
  stores.push(app);
  knownSeed(app);
  return app;
}
afterEach(() => {
  for (const s of stores.splice(0)) s.getState().disposeExplorer();
});

describe('find the race', () => {
  it('switches from a safe variant to racy, says so, and puts the cursor on the bug', () => {
    const app = appStore();
    app.getState().setVariant('eb_refs');
    app.getState().findRace('shortest');
    const s = app.getState();
    expect(s.variant).toBe('racy');
    expect(app.getState().explore.message).toBe('eb_refs has no bad schedule in seed: switched to racy.');
    expect(s.run.outcome.verdict).toBe('bug');
    expect(s.cursor).toBe(s.run.outcome.verdict === 'bug' ? s.run.outcome.step : -1);
    expect(s.schedule.slice(0, 15).join('')).toBe('111111122222222');
    expect(app.getState().explore.browse).toMatchObject({ pick: 'shortest', thread: 2, op: 'btrfs_detach_subpage', invariant: 'I1' });
  });

  it('loads the schedule with the fewest context switches as a second choice', () => {
    const app = appStore();
    app.getState().findRace('fewestSwitches');
    expect(app.getState().schedule.join('')).toBe('1111111222222222222111111');
  });

  it('browses the bad schedules by index through the worker, wrapping at both ends', async () => {
    const app = appStore(inProcessWorker);
    await app.getState().browseBad(-1n);
    expect(app.getState().explore.browse).toMatchObject({ k: '27719', total: '27720' });
    expect(app.getState().run.outcome.verdict).toBe('bug');
    await app.getState().browseBad(27720n);
    expect(app.getState().explore.browse?.k).toBe('0');
    const b = app.getState().explore.browse;
    expect(app.getState().cursor).toBe(b?.step);
  });
});

describe('the bad-schedule description', () => {
  it('is shown only while the schedule it describes is loaded', () => {
    const app = appStore();
    app.getState().findRace('shortest');
    expect(selectBrowse(app.getState())).toMatchObject({ pick: 'shortest', op: 'btrfs_detach_subpage' });
    app.getState().loadPreset('t1-then-t2');
    expect(selectBrowse(app.getState())).toBeNull();
    app.getState().undo();
    expect(selectBrowse(app.getState())).not.toBeNull();
    app.getState().setVariant('eb_refs');
    expect(selectBrowse(app.getState())).toBeNull();
  });
});
