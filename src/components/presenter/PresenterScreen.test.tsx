// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { broadcastLink } from '../../presenter/channel';
import { presenterStoreFor } from '../../presenter/open';
import { PRESENTER_NAME, type StopNotes } from '../../presenter/protocol';
import { createStage, type Stage } from '../../presenter/stage';
import { AppStoreProvider, createAppStore } from '../../store';
import { formatElapsed } from './clock';
import { PresenterScreen } from './PresenterScreen';

let stage: Stage | null = null;
afterEach(() => {
  cleanup();
  stage?.close();
  stage = null;
});

/** A talk-mode stage on this origin's channel (jsdom has a real origin: BroadcastChannel). */
function startStage(stop: StopNotes | null) {
  const store = createAppStore({ view: { mode: 'talk', embed: false, compare: null } });
  stage = createStage(store, { id: 'stage-1', stopOf: () => stop });
  stage.attach(broadcastLink(new BroadcastChannel(PRESENTER_NAME)));
  return store;
}

const presenter = () => screen.getByTestId('presenter');

describe('PresenterScreen', () => {
  it("shows the stage's step, the tour stop's own notes and the blank screen, and sends its keys to the stage", async () => {
    const stageStore = startStage({ title: 'Stop 3: the window', notes: 'Ask: who still holds eb A?', index: 3, count: 10, until: 4, next: 'The detach' });
    stageStore.getState().seek(4);
    const store = presenterStoreFor('#fmt=2&sc=seed&mode=presenter');
    if (!store) throw new Error('no presenter store');
    render(
      <AppStoreProvider store={store}>
        <PresenterScreen />
      </AppStoreProvider>,
    );
    await screen.findByText('Ask: who still holds eb A?');
    expect(presenter().dataset.connection).toBe('connected');
    expect(presenter().dataset.transport).toBe('broadcast');
    expect(screen.getByTestId('presenter-stop').textContent).toContain('Stop 3: the window');
    expect(screen.getByTestId('presenter-stop-of').textContent).toBe('stop 3 of 10:');
    expect(screen.getByTestId('presenter-now').textContent).toContain('Step 4');
    expect(screen.getByTestId('presenter-next').textContent).toContain('Step 5');
    expect(screen.getByTestId('presenter-next-click').textContent).toMatch(/^Next click: step 5, T\d \w+$/);

    // What the presenter sends, read off the channel itself: the stage turns its notes off
    // while a presenter is connected, so its state alone could not tell whether N was sent.
    const sent: string[] = [];
    const wire = new BroadcastChannel(PRESENTER_NAME);
    wire.onmessage = (e: MessageEvent) => {
      const m = e.data as { from?: string; kind?: string; action?: string };
      if (m.from === 'presenter' && m.kind === 'key' && m.action) sent.push(m.action);
    };
    try {
      fireEvent.keyDown(window, { key: 'PageDown' });
      await waitFor(() => expect(stageStore.getState().cursor).toBe(5));
      await waitFor(() => expect(screen.getByTestId('presenter-now').textContent).toContain('Step 5'));
      // Step 5 is the last this stop walks to (until 4, 0-based): the next click opens the next stop, not "the end of the run".
      expect(screen.getByTestId('presenter-next-click').textContent).toBe('Next click: stop 4 of 10, “The detach”');
      expect(screen.getByTestId('presenter-next').textContent).toContain('Stop 4 of 10');
      expect(screen.getByTestId('presenter-next').textContent).not.toContain('End of the run');

      fireEvent.keyDown(window, { key: 'b' });
      await screen.findByTestId('presenter-blank');
      expect(stageStore.getState().blank).toBe(true);
      // N is not the presenter's to send: the projector never shows notes. B pressed after
      // it is sent after it, and one sender's messages arrive in order: once the second
      // blank is on the wire, anything N sent would be there before it.
      fireEvent.keyDown(window, { key: 'n' });
      fireEvent.keyDown(window, { key: 'b' });
      await waitFor(() => expect(sent).toEqual(['talk-next', 'blank', 'blank']));
      await waitFor(() => expect(stageStore.getState().blank).toBe(false));
      expect(stageStore.getState().notes).toBe(false);
    } finally {
      wire.close();
    }
  });
});

describe('formatElapsed', () => {
  it('reads m:ss, then h:mm:ss, and never goes below zero', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(59_999)).toBe('0:59');
    expect(formatElapsed(61_000)).toBe('1:01');
    expect(formatElapsed(3_600_000 + 5 * 60_000 + 7_000)).toBe('1:05:07');
    expect(formatElapsed(-5000)).toBe('0:00');
  });
});
