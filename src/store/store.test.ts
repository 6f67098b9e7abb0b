// One store per app instance (STYLE.md pattern 10): two instances on one page share
// nothing, and every slice's state lives in the store, not in a module.

import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';

describe('app store instances', () => {
  it('do not share choices, view, explore or compare state', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().setVariant('eb_refs');
    a.getState().setMode('talk');
    a.getState().setExploreOpen(true);
    a.getState().setCompare({ on: true });
    a.getState().setIssue({ title: 'x', details: [] });
    const s = b.getState();
    expect([s.variant, s.mode, s.explore.open, s.compare.on, s.issue]).toEqual(['racy', 'app', false, false, null]);
  });

  it('loading the same schedule twice adds one undo entry, not two', () => {
    const a = createAppStore();
    a.getState().loadPreset('t1-then-t2');
    const once = a.getState().past.length;
    a.getState().loadSchedule(a.getState().schedule);
    a.getState().loadPreset('t1-then-t2');
    expect(a.getState().past.length).toBe(once);
  });

  it("keeps the compare pair within the scenario's variants", () => {
    const a = createAppStore();
    a.getState().setCompare({ left: 'under_alloc', right: 'eb_refs' });
    a.getState().setScenario('two-allocators');
    expect(a.getState().compare).toMatchObject({ left: 'under_alloc', right: 'eb_refs' });
  });
});
