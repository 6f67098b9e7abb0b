// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../actions/registry';
import { AppStoreProvider } from '../../store';
import { createAppStore } from '../../store/store';
import { Legend } from './Legend';
import { openLegend } from './openLegend';

const store = createAppStore();
const renderLegend = () =>
  render(
    <AppStoreProvider store={store}>
      <Legend />
    </AppStoreProvider>,
  );
const dialog = () => screen.getByTestId('legend') as HTMLDialogElement;

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe('Legend', () => {
  it('never opens by itself, even on a first visit, and opens on request', async () => {
    renderLegend();
    expect(dialog().hasAttribute('open')).toBe(false);
    act(() => openLegend(store));
    expect(dialog().hasAttribute('open')).toBe(true);
    // The content is a chunk of its own, loaded on the first opening.
    fireEvent.click(await screen.findByRole('button', { name: /Close/ }));
    expect(dialog().hasAttribute('open')).toBe(false);
  });

  it('lists every key of the action registry', async () => {
    renderLegend();
    act(() => openLegend(store));
    await screen.findByRole('heading', { name: 'How to read this' });
    // The picture's part comes from the pack, in a chunk of its own too.
    await screen.findByText('Page P and its 16 sectors');
    const text = dialog().textContent ?? '';
    for (const a of ACTIONS) {
      expect(text).toContain(a.label);
      for (const k of a.keys) expect(text).toContain(k);
    }
  });
});
