// The threads' code, bound to the store: the side panel's Code tab. A chunk of its own
// (SidePanel loads it when the tab is first chosen): the timeline is the default tab.
// Where the pack has source listings for the variant (Pack.listings), the code is shown
// as the kernel reads it (ListingsView); otherwise each thread's steps as pseudo-C.

import { useEffect, useState } from 'react';
import { packOf, type SourceListing } from '../../packs';
import { selectFrame, selectModel, selectState, useAppStore } from '../../store';
import { ListingsView } from './listings/ListingsView';
import { usePast } from './StateView';
import { ThreadPanels } from './threads/ThreadPanel';

type Loaded = { key: string; listings: readonly SourceListing[] | null };

/** Listings already loaded, by scenario and variant: switching back shows them at once. */
const cache = new Map<string, readonly SourceListing[] | null>();

function useListings(scenario: string, variant: string): Loaded | null {
  const key = `${scenario}/${variant}`;
  const [loaded, setLoaded] = useState<Loaded | null>(() => (cache.has(key) ? { key, listings: cache.get(key) ?? null } : null));
  useEffect(() => {
    if (cache.has(key)) {
      setLoaded({ key, listings: cache.get(key) ?? null });
      return;
    }
    const load = packOf(scenario).listings;
    if (!load) {
      cache.set(key, null);
      setLoaded({ key, listings: null });
      return;
    }
    let live = true;
    load(scenario, variant).then(
      (listings) => {
        cache.set(key, listings);
        if (live) setLoaded({ key, listings });
      },
      () => {
        if (live) setLoaded({ key, listings: null });
      },
    );
    return () => {
      live = false;
    };
  }, [key, scenario, variant]);
  return loaded?.key === key ? loaded : null;
}

export function CodeView() {
  const model = useAppStore(selectModel);
  const state = useAppStore(selectState);
  const frame = useAppStore(selectFrame);
  const past = usePast();
  const loaded = useListings(model.scenario, model.variant);
  if (loaded === null) return <p className="sv-muted">Loading the source…</p>;
  if (loaded.listings) return <ListingsView model={model} state={state} frame={frame} past={past} listings={loaded.listings} />;
  return <ThreadPanels model={model} state={state} frame={frame} past={past} />;
}
