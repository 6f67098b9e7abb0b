import { describe, expect, it } from 'vitest';
import { broadcastLink, transportFor, windowLink } from './channel';
import { fakeWindowPair } from './fakes';

describe('the transport a page uses', () => {
  it('is BroadcastChannel on a real origin, and window messages on an opaque one (file:)', () => {
    expect(transportFor('http://127.0.0.1:4173', true)).toBe('broadcast');
    expect(transportFor('https://talks.example', true)).toBe('broadcast');
    // Chrome serializes a file: page's opaque origin as "null".
    expect(transportFor('null', true)).toBe('window');
    expect(transportFor('http://127.0.0.1:4173', false)).toBe('window');
  });
});

describe('broadcastLink', () => {
  it("carries messages to the other windows of the origin, not back to the sender (Node's own BroadcastChannel)", async () => {
    const a = broadcastLink(new BroadcastChannel('presenter-test'));
    const b = broadcastLink(new BroadcastChannel('presenter-test'));
    const atA: unknown[] = [];
    const atB: unknown[] = [];
    a.listen((d) => atA.push(d));
    const stop = b.listen((d) => atB.push(d));
    a.send({ n: 1 });
    await expect.poll(() => atB).toEqual([{ n: 1 }]);
    stop();
    a.send({ n: 2 });
    b.send({ n: 3 });
    await expect.poll(() => atA).toEqual([{ n: 3 }]);
    expect(atB).toEqual([{ n: 1 }]);
    a.close();
    b.close();
    expect(() => a.send({ n: 4 })).not.toThrow();
  });
});

describe('windowLink', () => {
  it('posts to the peer window with targetOrigin "*" and hears only that window', () => {
    const w = fakeWindowPair();
    const stage = windowLink(w.stage, () => w.presenterRef);
    const presenter = windowLink(w.presenter, () => w.stageRef);
    const atStage: Array<[unknown, boolean]> = [];
    const atPresenter: unknown[] = [];
    stage.listen((d, gone) => atStage.push([d, gone]));
    presenter.listen((d) => atPresenter.push(d));

    stage.send({ to: 'presenter' });
    presenter.send({ to: 'stage' });
    expect(atPresenter).toEqual([{ to: 'presenter' }]);
    expect(atStage).toEqual([[{ to: 'stage' }, false]]);
    expect(w.presenter.posted[0]?.targetOrigin).toBe('*');

    // Another window (an iframe, a page the stage did not open) is not heard.
    w.stage.deliver({ to: 'stage', forged: true }, {});
    expect(atStage).toHaveLength(1);
    // A message whose sender has gone (posted from pagehide by a page that then
    // navigated) arrives with no source window: passed on, marked as such.
    w.stage.deliver({ kind: 'bye' }, null);
    expect(atStage[1]).toEqual([{ kind: 'bye' }, true]);

    // A closed peer is not posted to; closing the link stops listening.
    w.presenter.closed = true;
    stage.send({ lost: true });
    expect(atPresenter).toEqual([{ to: 'presenter' }]);
    stage.close();
    presenter.send({ after: 'close' });
    expect(atStage).toHaveLength(2);
  });

  it('without a peer (the presenter opened by hand on file:) sends nothing and hears nothing', () => {
    const w = fakeWindowPair();
    const alone = windowLink(w.presenter, () => null);
    const heard: unknown[] = [];
    alone.listen((d) => heard.push(d));
    alone.send({ hello: true });
    w.presenter.deliver({ from: 'anyone' }, null);
    expect(heard).toEqual([]);
    expect(w.stage.posted).toEqual([]);
  });
});
