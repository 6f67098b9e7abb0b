// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppStoreProvider, createAppStore } from '../../store';
import { Playback } from './Playback';

function setup() {
  const store = createAppStore();
  render(
    <AppStoreProvider store={store}>
      <Playback />
    </AppStoreProvider>,
  );
  return store;
}

const counter = () => screen.getByTestId('step-counter');

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('Playback', () => {
  it('moves the cursor with its buttons and shows "step k of n"', () => {
    const store = setup();
    expect(counter().textContent).toContain('step 0 of 25');
    expect((screen.getByRole('button', { name: /^Step back/ }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /^Step forward/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Step forward/ }));
    expect(store.getState().cursor).toBe(2);
    expect(counter().textContent).toContain('step 2 of 25: T1 alloc_eb');
    fireEvent.click(screen.getByRole('button', { name: /^Jump to end/ }));
    expect(store.getState().cursor).toBe(25);
    expect((screen.getByRole('button', { name: /^Step forward/ }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /^Step back/ }));
    expect(store.getState().cursor).toBe(24);
    fireEvent.click(screen.getByRole('button', { name: /^Jump to start/ }));
    expect(store.getState().cursor).toBe(0);
  });

  it('seeks with the scrubber (0..n, labelled)', () => {
    const store = setup();
    const slider = screen.getByRole('slider', { name: 'Step' }) as HTMLInputElement;
    expect(slider.max).toBe('25');
    fireEvent.change(slider, { target: { value: '12' } });
    expect(store.getState().cursor).toBe(12);
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^step 12 of 25: T\d /);
  });

  it('plays at store.speed steps per second and stops at the end', () => {
    vi.useFakeTimers();
    const store = setup();
    act(() => store.getState().setSpeed(4));
    fireEvent.click(screen.getByTestId('play'));
    expect(store.getState().playing).toBe(true);
    expect(screen.getByTestId('play').getAttribute('aria-pressed')).toBe('true');
    act(() => vi.advanceTimersByTime(1000));
    expect(store.getState().cursor).toBe(4);
    act(() => vi.advanceTimersByTime(10_000));
    expect(store.getState().cursor).toBe(25);
    expect(store.getState().playing).toBe(false);
    expect(screen.getByTestId('play').getAttribute('aria-pressed')).toBe('false');
  });

  it('a step button pauses playback', () => {
    vi.useFakeTimers();
    const store = setup();
    fireEvent.click(screen.getByTestId('play'));
    fireEvent.click(screen.getByRole('button', { name: /^Step forward/ }));
    expect(store.getState().playing).toBe(false);
    expect(store.getState().cursor).toBe(1);
  });
});
