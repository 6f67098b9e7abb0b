// @vitest-environment jsdom
// A lazy part whose chunk cannot be loaded: the rest of the screen stays, the part says
// so with a way back, or shows the stand-in it was given; the error is still reported.

import { cleanup, render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Loaded } from './Loaded';

const Broken = lazy(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
const Fine = lazy(() => Promise.resolve({ default: () => <p>the part</p> }));

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Loaded', () => {
  it('draws the part once its chunk is in', async () => {
    render(
      <Loaded what="The part" fallback={<p>loading</p>}>
        <Fine />
      </Loaded>,
    );
    expect(await screen.findByText('the part')).toBeTruthy();
  });

  it('a part that fails says so, with Reload, and the rest of the screen stays', async () => {
    const reported = vi.fn();
    vi.stubGlobal('reportError', reported);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <main>
        <p>the rest</p>
        <Loaded what="The talk screen" fallback={<p>loading</p>}>
          <Broken />
        </Loaded>
      </main>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^The talk screen could not be shown \(Failed to fetch dynamically imported module\)\. Reload the page$/);
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy();
    expect(screen.getByText('the rest')).toBeTruthy();
    expect(reported).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  it('a part with a stand-in shows the stand-in when it fails', async () => {
    vi.stubGlobal('reportError', () => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <Loaded what="An animation" fallback={<b>A</b>} failed={<b>A, still</b>}>
        <Broken />
      </Loaded>,
    );
    expect(await screen.findByText('A, still')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    vi.unstubAllGlobals();
  });
});
