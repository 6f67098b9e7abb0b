// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../actions/registry';
import { Legend } from './Legend';
import { openLegend } from './openLegend';

const dialog = () => screen.getByTestId('legend') as HTMLDialogElement;

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe('Legend', () => {
  it('never opens by itself, even on a first visit, and opens on request', () => {
    render(<Legend />);
    expect(dialog().hasAttribute('open')).toBe(false);
    act(() => openLegend());
    expect(dialog().hasAttribute('open')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Close/ }));
    expect(dialog().hasAttribute('open')).toBe(false);
  });

  it('lists every key of the action registry', () => {
    render(<Legend />);
    act(() => openLegend());
    const text = dialog().textContent ?? '';
    for (const a of ACTIONS) {
      expect(text).toContain(a.label);
      for (const k of a.keys) expect(text).toContain(k);
    }
  });
});
