import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { isTold, selectDisclosure, toldOutcome } from './disclosure';

describe('disclosure: what a view tells ahead of the run', () => {
  it('the main view tells everything; talk mode and embeds only what the run has reached', () => {
    const store = createAppStore();
    expect(selectDisclosure(store.getState())).toBe('all');
    store.getState().setMode('talk');
    expect(selectDisclosure(store.getState())).toBe('reached');
    store.getState().toggleSpoilers();
    expect(selectDisclosure(store.getState())).toBe('all');
    store.getState().toggleSpoilers();
    store.getState().setMode('app');
    store.getState().setEmbed(true);
    expect(selectDisclosure(store.getState())).toBe('reached');
  });

  it('a bug is told at its break, not a step before; a safe run at its end', () => {
    const store = createAppStore();
    const { run } = store.getState();
    expect(run.outcome.verdict).toBe('bug');
    const at = run.outcome.verdict === 'bug' ? run.outcome.step : 0;
    expect(toldOutcome('reached', run, at - 1)).toBeNull();
    expect(toldOutcome('reached', run, at)).toEqual(run.outcome);
    expect(toldOutcome('all', run, 0)).toEqual(run.outcome);
    store.getState().setVariant('eb_refs');
    const safe = store.getState().run;
    expect(toldOutcome('reached', safe, safe.schedule.length - 1)).toBeNull();
    expect(toldOutcome('reached', safe, safe.schedule.length)).toEqual({ verdict: 'safe' });
  });

  it('a step is told once the cursor has run it', () => {
    expect(isTold('reached', 4, 4)).toBe(false);
    expect(isTold('reached', 3, 4)).toBe(true);
    expect(isTold('all', 20, 0)).toBe(true);
  });
});
