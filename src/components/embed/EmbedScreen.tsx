// embed=1: the kernel picture and the timeline in minimal chrome, sized for an iframe
// in slides or a blog post, with a link out to the full app at the same interleaving.

import { withoutEmbed } from '../../permalink/format';
import { linkOf } from '../../permalink/sync';
import { useAppStore, useAppStoreApi } from '../../store';
import type { Store } from '../../store/store';
import { Verdict } from '../header/Verdict';
import { pageBase } from '../share/links';
import { LinkBanner } from '../share/LinkBanner';
import { StateView } from '../state-view/StateView';
import { Timeline } from '../timeline/Timeline';
import './embed.css';

const selectLinkKey = (s: Store) => `${s.scenario}/${s.variant}/${s.schedule.join('')}/${s.cursor}`;

export function EmbedScreen() {
  const store = useAppStoreApi();
  // Re-rendered when the view changes, so the link out follows it.
  useAppStore(selectLinkKey);
  const href = `${pageBase()}${withoutEmbed(linkOf(store))}`;
  const s = store.getState();
  return (
    <div className="app app--embed" data-mode="embed">
      <LinkBanner />
      <header className="embed-bar">
        <span className="embed-bar__title">
          btrfs subpage race · <code>{s.scenario}</code> · <code>{s.variant}</code>
        </span>
        <Verdict />
        <a className="embed-bar__out" href={href} target="_blank" rel="noopener" data-testid="embed-link-out">
          Open in the full app ↗
        </a>
      </header>
      <main className="embed-main">
        <StateView />
      </main>
      <footer className="embed-timeline">
        <Timeline />
      </footer>
    </div>
  );
}
