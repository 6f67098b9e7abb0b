// embed=1: the stage in an iframe of any size, with its own controls: step back and
// forward, play (pausing at the break, like the app's), the scenario's variants (bug,
// then fix, on the same interleaving) and a link out to the full app at the same view.
// A presented run: nothing is told ahead of it (store/disclosure.ts). Edits made here
// replace the host page's history entry, never push one (permalink/sync.ts), so the
// host's Back button is not filled with them.

import { variantIds } from '../../packs';
import { withoutEmbed } from '../../permalink/format';
import { linkOf } from '../../permalink/sync';
import { selectPlaying, selectVariant, useAppStore, useAppStoreApi } from '../../store';
import type { Store } from '../../store/store';
import { usePlayTimer } from '../playback/usePlayTimer';
import { pageBase } from '../share/links';
import { LinkBanner } from '../share/LinkBanner';
import { Stage } from '../stage/Stage';
import './embed.css';

const selectLinkKey = (s: Store) => `${s.scenario}/${s.variant}/${s.schedule.join('')}/${s.cursor}`;
const selectScenario = (s: Store) => s.scenario;

export function EmbedScreen() {
  usePlayTimer();
  const store = useAppStoreApi();
  // Re-rendered when the view changes, so the link out follows it.
  useAppStore(selectLinkKey);
  const playing = useAppStore(selectPlaying);
  const scenario = useAppStore(selectScenario);
  const variant = useAppStore(selectVariant);
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
      <button
        type="button"
        onClick={() => store.getState().setPlaying(!playing)}
        aria-label={playing ? 'Pause' : 'Play'}
        aria-pressed={playing}
        data-testid="play"
      >
        {playing ? '❚❚' : '▶ Play'}
      </button>
      <button type="button" onClick={step(1)} aria-label="Step forward" data-testid="embed-forward">
        ▶
      </button>
      <fieldset className="embed-nav__variants">
        <legend className="sv-visually-hidden">Variant</legend>
        {variantIds(scenario).map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={v === variant}
            onClick={() => store.getState().setVariant(v)}
            data-testid="embed-variant"
            data-variant={v}
          >
            {v}
          </button>
        ))}
      </fieldset>
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
