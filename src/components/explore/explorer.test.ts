import { afterEach, describe, expect, it } from 'vitest';
import { explore } from '../../engine';
import { getModel } from '../../scenarios';
import { createAppStore } from '../../store/store';
import type { WorkerLike } from '../../worker/client';
import { createExploreClient } from '../../worker/client';
import { createExploreHandler } from '../../worker/handler';
import type { ExploreRequest, ExploreResponse } from '../../worker/protocol';
import { summarizeExploration } from '../../worker/protocol';
import { browseBad, exploreUi, findRace, setExploreClient } from './explorer';

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
function knownSeed() {
  const row = Object.fromEntries(
    (['racy', 'under_alloc', 'eb_refs'] as const).map((v) => {
      const m = getModel('seed', v);
      if (!m.ok) throw new Error(m.error);
      return [v, summarizeExploration(explore(m.value), 0)];
    }),
  );
  exploreUi.setState({ results: { seed: row }, browse: null, message: null });
}

afterEach(() => setExploreClient(null));

describe('find the race', () => {
  it('switches from a safe variant to racy, says so, and puts the cursor on the bug', () => {
    knownSeed();
    const app = createAppStore();
    app.getState().setVariant('eb_refs');
    findRace(app, 'shortest');
    const s = app.getState();
    expect(s.variant).toBe('racy');
    expect(exploreUi.getState().message).toBe('eb_refs has no bad schedule in seed: switched to racy.');
    expect(s.run.outcome.verdict).toBe('bug');
    expect(s.cursor).toBe(s.run.outcome.verdict === 'bug' ? s.run.outcome.step : -1);
    expect(s.schedule.slice(0, 15).join('')).toBe('111111122222222');
    expect(exploreUi.getState().browse).toMatchObject({ pick: 'shortest', thread: 2, op: 'btrfs_detach_subpage', invariant: 'I1' });
  });

  it('loads the schedule with the fewest context switches as a second choice', () => {
    knownSeed();
    const app = createAppStore();
    findRace(app, 'fewestSwitches');
    expect(app.getState().schedule.join('')).toBe('1111111222222222222111111');
  });

  it('browses the bad schedules by index through the worker, wrapping at both ends', async () => {
    knownSeed();
    setExploreClient(createExploreClient(inProcessWorker));
    const app = createAppStore();
    await browseBad(app, -1n);
    expect(exploreUi.getState().browse).toMatchObject({ k: '27719', total: '27720' });
    expect(app.getState().run.outcome.verdict).toBe('bug');
    await browseBad(app, 27720n);
    expect(exploreUi.getState().browse?.k).toBe('0');
    const b = exploreUi.getState().browse;
    expect(app.getState().cursor).toBe(b?.step);
  });
});
