// The screen: header (scenario, variant, presets, verdict), the kernel state view,
// the threads' code, and the timeline with playback at the bottom.

import { useGlobalKeys } from '../actions/useGlobalKeys';
import { AppStoreProvider } from '../store';
import type { AppStore } from '../store/store';
import { ExplorePanel } from './explore/ExplorePanel';
import { Header } from './header/Header';
import { Legend } from './legend/Legend';
import { Playback } from './playback/Playback';
import { ShareBar } from './share/ShareBar';
import { StateView } from './state-view/StateView';
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
  return (
    <div className="app">
      <Header />
      <ShareBar />
      <main className="app__main">
        <StateView />
        <ExplorePanel />
      </main>
      <footer className="app__timeline">
        <Playback />
        <Timeline />
      </footer>
      <Legend />
    </div>
  );
}
