// @vitest-environment jsdom
// What jsdom can check (it has no layout, so drags are tested in the browser):
// the chips' contract and marks, the refused callout, undo/redo, click to jump.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider, createAppStore } from '../../store';
import { Timeline } from './Timeline';

function setup() {
  const store = createAppStore();
  render(
    <AppStoreProvider store={store}>
      <Timeline />
    </AppStoreProvider>,
  );
  return store;
}

const chips = () => screen.getAllByTestId('step');

afterEach(cleanup);

describe('Timeline', () => {
  it('shows every step as a chip with data-thread and data-op, in schedule order', () => {
    const store = setup();
    const s = store.getState();
    expect(chips()).toHaveLength(s.schedule.length);
    chips().forEach((el, i) => {
      expect(el.dataset.thread).toBe(String(s.chips[i]?.thread));
      expect(el.dataset.op).toBe(s.chips[i]?.op);
      // The thread is named in words to a screen reader, by lane, shape and colour on screen.
      expect(el.getAttribute('aria-label')).toContain(`T${s.chips[i]?.thread} `);
      expect(el.textContent).toMatch(/[●▲■]/);
    });
  });

  it('marks the cursor step and the step where the invariant broke', () => {
    const store = setup();
    const outcome = store.getState().run.outcome;
    expect(outcome.verdict).toBe('bug');
    const broken = chips().filter((c) => c.dataset.broken === 'true');
    expect(broken).toHaveLength(1);
    expect(broken[0]?.dataset.position).toBe(String(outcome.verdict === 'bug' ? outcome.step - 1 : -1));
    expect(broken[0]?.getAttribute('aria-label')).toMatch(/I1 breaks here/);
    act(() => store.getState().seek(3));
    expect(chips()[2]?.getAttribute('aria-current')).toBe('step');
    expect(chips()[1]?.dataset.phase).toBe('done');
    expect(chips()[3]?.dataset.phase).toBe('todo');
  });

  it('marks skipped steps and steps the engine filled in', () => {
    const store = setup();
    act(() => store.getState().loadPreset('t1-then-t2'));
    // T2's check finds A in the tree: the detach branch is not taken.
    const detach = chips()[20] as HTMLElement;
    expect(detach.dataset.op).toBe('btrfs_detach_subpage');
    expect(detach.dataset.skipped).toBe('true');
    expect(detach.getAttribute('aria-label')).toMatch(/skipped \(/);
    // A link may carry only a prefix: the engine completes it, and the chips say so.
    act(() => store.getState().hydrate({ scenario: 'seed', variant: 'racy', schedule: [2, 2, 2], cursor: 0 }));
    expect(chips()).toHaveLength(25);
    expect(chips().filter((c) => c.dataset.completed === 'true')).toHaveLength(22);
    expect(chips()[2]?.dataset.completed).toBeUndefined();
  });

  it('jumps to the state after a chip on click, and on Enter', () => {
    const store = setup();
    fireEvent.click(chips()[9] as HTMLElement);
    expect(store.getState().cursor).toBe(10);
    fireEvent.keyDown(chips()[3] as HTMLElement, { key: 'Enter', code: 'Enter' });
    expect(store.getState().cursor).toBe(4);
  });

  it('lands a drop under a held lock at the nearest place the locks allow, and says where and why', () => {
    const store = setup();
    act(() => store.getState().loadPreset('t1-then-t2'));
    let ok = false;
    act(() => {
      ok = store.getState().moveChip(17, 5); // T2's spin_lock_private onto T1's attach_extent_buffer_page
    });
    expect(ok).toBe(true);
    // T2's whole private_lock section (and its earlier steps) went in front of T1's spin_lock_private.
    expect(store.getState().schedule.join('')).toBe(`1111${'2'.repeat(10)}${'1'.repeat(9)}22`);
    const status = screen.getByTestId('timeline-status');
    expect(status.textContent).toContain('critical section');
    expect(status.textContent).toContain('Not at step 6 where it was dropped');
    expect(status.textContent).toContain('T2 would spin on private_lock while T1 holds it');
    expect(status.textContent).toContain('nearest place the locks allow');
  });

  it('enables undo and redo as edits are made and undone', () => {
    const store = setup();
    const undo = () => screen.getByRole('button', { name: /Undo/ }) as HTMLButtonElement;
    const redo = () => screen.getByRole('button', { name: /Redo/ }) as HTMLButtonElement;
    expect(undo().disabled).toBe(true);
    expect(redo().disabled).toBe(true);
    act(() => store.getState().loadPreset('t1-then-t2'));
    act(() => {
      store.getState().moveChip(22, 7);
    });
    expect(undo().disabled).toBe(false);
    expect(chips().filter((c) => c.dataset.moved === 'true')).toHaveLength(10);
    fireEvent.click(undo());
    expect(store.getState().schedule.join('')).toBe(`${'1'.repeat(13)}${'2'.repeat(12)}`);
    expect(redo().disabled).toBe(false);
    fireEvent.click(redo());
    expect(store.getState().schedule.slice(0, 17).join('')).toBe(`${'1'.repeat(7)}${'2'.repeat(10)}`);
    expect(redo().disabled).toBe(true);
  });
});
