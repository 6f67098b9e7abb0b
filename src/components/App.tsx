// The screen: header (scenario, variant, presets, verdict), the kernel state view,
// the threads' code, and the timeline with playback at the bottom.

import { useGlobalKeys } from '../actions/useGlobalKeys';
import { selectEmbed, selectMode, useView } from '../permalink/view';
import { AppStoreProvider } from '../store';
import type { AppStore } from '../store/store';
import { CompareView } from './compare/CompareView';
import { EmbedScreen } from './embed/EmbedScreen';
import { ExplorePanel } from './explore/ExplorePanel';
import { Header } from './header/Header';
import { Legend } from './legend/Legend';
import { Playback } from './playback/Playback';
import { LinkBanner } from './share/LinkBanner';
import { ShareBar } from './share/ShareBar';
import { StateView } from './state-view/StateView';
import { TalkLayer } from './talk/TalkLayer';
import { Timeline } from './timeline/Timeline';

export function App({ store }: { store?: AppStore }) {
  return (
    <AppStoreProvider store={store}>
      <Screen />
    </AppStoreProvider>
  );
}

function Screen() {
  useGlobalKeys();
  // View modes come from the link (mode=talk, embed=1): see src/permalink/view.ts.
  const mode = useView(selectMode);
  const embed = useView(selectEmbed);
  if (embed) return <EmbedScreen />;
  return (
    <div className="app" data-mode={mode}>
      <LinkBanner />
      <Header />
      <ShareBar />
      <main className="app__main">
        <StateView />
        <CompareView />
        <ExplorePanel />
      </main>
      <footer className="app__timeline">
        <Playback />
        <Timeline />
      </footer>
      <Legend />
      <TalkLayer />
    </div>
  );
}
