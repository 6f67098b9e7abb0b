// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../actions/registry';
import { Legend } from './Legend';
import { LEGEND_SEEN_KEY, openLegend } from './openLegend';

const dialog = () => screen.getByTestId('legend') as HTMLDialogElement;

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe('Legend', () => {
  it('opens by itself on a first visit; closing it remembers that', () => {
    render(<Legend />);
    expect(dialog().hasAttribute('open')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Close/ }));
    expect(dialog().hasAttribute('open')).toBe(false);
    expect(window.localStorage.getItem(LEGEND_SEEN_KEY)).toBe('1');
  });

  it('stays closed once seen, and opens on request', () => {
    window.localStorage.setItem(LEGEND_SEEN_KEY, '1');
    render(<Legend />);
    expect(dialog().hasAttribute('open')).toBe(false);
    act(() => openLegend());
    expect(dialog().hasAttribute('open')).toBe(true);
  });

  it('lists every key of the action registry', () => {
    render(<Legend />);
    const text = dialog().textContent ?? '';
    for (const a of ACTIONS) {
      expect(text).toContain(a.label);
      for (const k of a.keys) expect(text).toContain(k);
    }
  });
});
