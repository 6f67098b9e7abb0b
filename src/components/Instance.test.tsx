// @vitest-environment jsdom
// Two apps on one page, each with its own store: keys go to the one that has the focus
// (or, aimed at the page itself, to the one used last), the legend opens where it was
// asked for, and no id or radio group is shared between them.

import { act, cleanup, fireEvent, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppStore } from '../store';
import { createAppStore } from '../store/store';
import type { WorkerLike } from '../worker/client';
import { App } from './App';

/** A worker that never answers: the explore panel opens (its ids count) without exploring. */
const silentWorker = (): WorkerLike => ({ postMessage() {}, terminate() {}, onmessage: null, onerror: null });

function mountTwo() {
  const stores: [AppStore, AppStore] = [createAppStore({ spawnWorker: silentWorker }), createAppStore({ spawnWorker: silentWorker })];
  const mount = (store: AppStore): HTMLElement => {
    const box = document.body.appendChild(document.createElement('div'));
    render(<App store={store} />, { container: box });
    return box;
  };
  const boxes: [HTMLElement, HTMLElement] = [mount(stores[0]), mount(stores[1])];
  return { stores, boxes };
}

const cursors = (stores: readonly AppStore[]) => stores.map((s) => s.getState().cursor);
const legendOpen = (box: HTMLElement) => within(box).getByTestId('legend').hasAttribute('open');
/** A control of the app in `box` that leaves the arrow keys to the run (a playback button). */
const button = (box: HTMLElement) => within(box).getByRole('button', { name: /Step forward/ });

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

describe('two app instances on one page', () => {
  it('steps only the instance whose element has the focus', () => {
    const { stores, boxes } = mountTwo();
    button(boxes[0]).focus();
    fireEvent.keyDown(button(boxes[0]), { key: 'ArrowRight' });
    expect(cursors(stores)).toEqual([1, 0]);
    button(boxes[1]).focus();
    fireEvent.keyDown(button(boxes[1]), { key: 'ArrowRight' });
    fireEvent.keyDown(button(boxes[1]), { key: 'ArrowRight' });
    expect(cursors(stores)).toEqual([1, 2]);
  });

  it('gives a key aimed at the page to the first instance, then to the one used last', () => {
    const { stores, boxes } = mountTwo();
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(cursors(stores)).toEqual([1, 0]);
    // A press on the second app's picture (nothing focusable there: focus stays on <body>).
    fireEvent.pointerDown(within(boxes[1]).getAllByTestId('object')[0] as HTMLElement);
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(cursors(stores)).toEqual([1, 1]);
    fireEvent.keyDown(document.body, { key: 'End' });
    expect(stores[0].getState().cursor).toBe(1);
    expect(stores[1].getState().cursor).toBe(stores[1].getState().schedule.length);
  });

  it('opens the legend only in the instance it was asked in, by key and by button', async () => {
    const { boxes } = mountTwo();
    button(boxes[1]).focus();
    act(() => {
      fireEvent.keyDown(button(boxes[1]), { key: '?' });
    });
    expect([legendOpen(boxes[0]), legendOpen(boxes[1])]).toEqual([false, true]);
    await within(boxes[1]).findByRole('heading', { name: 'How to read this' });
    fireEvent.click(within(boxes[1]).getByRole('button', { name: /Close/ }));
    expect(legendOpen(boxes[1])).toBe(false);
    fireEvent.click(within(boxes[0]).getByRole('button', { name: /Legend/ }));
    expect([legendOpen(boxes[0]), legendOpen(boxes[1])]).toEqual([true, false]);
  });

  it('shares no id between the two, with every panel and dialog open', async () => {
    const { stores, boxes } = mountTwo();
    for (const [i, box] of boxes.entries()) {
      act(() => {
        stores[i]?.getState().setExploreOpen(true);
        stores[i]?.getState().setTourPanel(true);
      });
      fireEvent.click(within(box).getByTestId('text-dialog-open'));
      fireEvent.click(within(box).getByRole('button', { name: /Legend/ }));
      await within(box).findByRole('heading', { name: 'How to read this' });
      await within(box).findByTestId('explore-panel');
      await within(box).findByTestId('tour-title');
      await within(box).findByRole('heading', { name: 'Kernel-style text' });
    }
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    // Every id the apps draw: the panels' and dialogs' headings, and the arrowheads.
    expect(ids.length).toBeGreaterThanOrEqual(2 * 8);
    expect(ids.length - new Set(ids).size).toBe(0);
    // Each reference points inside its own app.
    for (const box of boxes) {
      for (const el of box.querySelectorAll('[aria-labelledby], [aria-controls]')) {
        const ref = el.getAttribute('aria-labelledby') ?? el.getAttribute('aria-controls') ?? '';
        expect(box.contains(document.getElementById(ref)), ref).toBe(true);
      }
    }
  });

  it('gives each instance a radio group of its own', () => {
    const { boxes } = mountTwo();
    const groups = boxes.map((box) => new Set([...box.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((r) => r.name)));
    expect(groups.map((g) => g.size)).toEqual([1, 1]);
    expect([...(groups[0] ?? [])].some((n) => groups[1]?.has(n))).toBe(false);
  });
});
