// embed=1: the stage (the picture, the timeline, the verdict) scaled into an iframe of
// any size, with a step back / forward pair and a link out to the full app at the same
// interleaving. Edits made here replace the host page's history entry, never push one
// (permalink/sync.ts), so the host's Back button is not filled with them.

import { withoutEmbed } from '../../permalink/format';
import { linkOf } from '../../permalink/sync';
import { useAppStore, useAppStoreApi } from '../../store';
import type { Store } from '../../store/store';
import { pageBase } from '../share/links';
import { LinkBanner } from '../share/LinkBanner';
import { Stage } from '../stage/Stage';
import './embed.css';

const selectLinkKey = (s: Store) => `${s.scenario}/${s.variant}/${s.schedule.join('')}/${s.cursor}`;

export function EmbedScreen() {
  const store = useAppStoreApi();
  // Re-rendered when the view changes, so the link out follows it.
  useAppStore(selectLinkKey);
  const href = `${pageBase()}${withoutEmbed(linkOf(store))}`;
  const step = (d: number) => () => {
    const s = store.getState();
    s.setPlaying(false);
    s.seek(s.cursor + d);
  };
  const head = (
    <nav className="embed-nav" aria-label="Steps">
      <button type="button" onClick={step(-1)} aria-label="Step back" data-testid="embed-back">
        ◀
      </button>
      <button type="button" onClick={step(1)} aria-label="Step forward" data-testid="embed-forward">
        ▶
      </button>
      <a className="embed-nav__out" href={href} target="_blank" rel="noopener" data-testid="embed-link-out">
        Open in the full app ↗
      </a>
    </nav>
  );
  return (
    <div className="app app--embed" data-mode="embed">
      <LinkBanner />
      <Stage kind="embed" head={head} />
    </div>
  );
}
