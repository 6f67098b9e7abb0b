// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { decodePermalink } from '../../permalink/decode';
import { issueOf } from '../../permalink/sync';
import { AppStoreProvider, createAppStore } from '../../store';
import { LinkBanner } from './LinkBanner';

afterEach(cleanup);

describe('LinkBanner', () => {
  it('shows what was wrong as text, never as markup, and can be dismissed', () => {
    const hostile = '#fmt=1&sc=seed&v="><img src=x onerror=alert(1)>&s=1111122222';
    const store = createAppStore();
    act(() => store.getState().setIssue(issueOf(decodePermalink(hostile))));
    render(
      <AppStoreProvider store={store}>
        <LinkBanner />
      </AppStoreProvider>,
    );
    const banner = screen.getByRole('alert');
    expect(banner.textContent).toContain('v: unknown variant "\\"><img src=x onerror=alert(1)>"');
    expect(banner.textContent).toContain('s, step 10: T2 cannot run spin_lock_private');
    expect(banner.querySelector('img')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says nothing for a valid link', () => {
    const store = createAppStore();
    act(() => store.getState().setIssue(issueOf(decodePermalink('#fmt=1&sc=seed&v=racy&s=2&at=0'))));
    render(
      <AppStoreProvider store={store}>
        <LinkBanner />
      </AppStoreProvider>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
