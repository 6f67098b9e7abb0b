// The screen: header (scenario, variant, presets, verdict, links), the kernel picture,
// the timeline (or the threads' code) beside it, and playback at the bottom.

import { lazy} from 'react';
import { useGlobalKeys } from '../actions/useGlobalKeys';
import { AppStoreProvider, selectEmbed, selectMode, useAppStore } from '../store';
import type { AppStore, Store } from '../store/store';
import { ExplorePanel } from './explore/ExplorePanel';
import { Header } from './header/Header';
import { Legend } from './legend/Legend';
import { Playback } from './playback/Playback';
import { StageLink } from './presenter/StageLink';
import { LinkBanner } from './share/LinkBanner';
import { IntroStrip } from './legend/IntroStrip';
import { Instance, useInstanceRoot } from './Instance';
import { SidePanel } from './side/SidePanel';
import { StateView } from './state-view/StateView';
import { ToursLayer } from './tours/ToursLayer';
import './app.css';
import { Loaded } from '../ui/Loaded';

// Shown only in compare mode, with embed=1, in talk mode or in a presenter window: each
// is a chunk of its own, loaded then.
const TalkScreen = lazy(() => import('./talk/TalkScreen').then((m) => ({ default: m.TalkScreen })));
const CompareView = lazy(() => import('./compare/CompareView').then((m) => ({ default: m.CompareView })));
const EmbedScreen = lazy(() => import('./embed/EmbedScreen').then((m) => ({ default: m.EmbedScreen })));
const PresenterScreen = lazy(() => import('./presenter/PresenterScreen').then((m) => ({ default: m.PresenterScreen })));
const ChallengeBar = lazy(() => import('./challenge/ChallengeBar').then((m) => ({ default: m.ChallengeBar })));
const selectCompareOn = (s: Store) => s.compare.on;

export function App({ store }: { store?: AppStore }) {
  return (
    <AppStoreProvider store={store}>
      <Instance>
        <Root />
      </Instance>
    </AppStoreProvider>
  );
}

/** A presenter window (mode=presenter) is a screen of its own; any other window can be its stage (key P). */
function Root() {
  const presenter = useAppStore(selectMode) === 'presenter';
  if (presenter) {
    return (
      <Loaded what="The presenter view" fallback={null}>
        <PresenterScreen />
      </Loaded>
    );
  }
  return (
    <>
      <Screen />
      <StageLink />
    </>
  );
}

function Screen() {
  useGlobalKeys(useInstanceRoot());
  // View modes come from the link (mode=talk, embed=1): the store's view slice.
  const mode = useAppStore(selectMode);
  const embed = useAppStore(selectEmbed);
  const compare = useAppStore(selectCompareOn);
  if (embed) {
    return (
      <Loaded what="The embedded view" fallback={null}>
        <EmbedScreen />
      </Loaded>
    );
  }
  if (mode === 'talk') {
    return (
      <div className="app" data-mode="talk">
        <LinkBanner />
        <Loaded what="The talk screen" fallback={null}>
          <TalkScreen />
        </Loaded>
      </div>
    );
  }
  return (
    <div className="app" data-mode={mode}>
      <LinkBanner />
      <IntroStrip />
      <Header />
      {mode === 'challenge' ? (
        <Loaded what="The challenge" fallback={null}>
          <ChallengeBar />
        </Loaded>
      ) : null}
      <main className="app__main">
        {compare ? (
          <Loaded what="Compare mode" fallback={<StateView />}>
            <CompareView />
          </Loaded>
        ) : (
          <StateView />
        )}
        <SidePanel />
        {/* The explorer would tell a challenge's answer: it is the challenge's to quote. */}
        {mode === 'challenge' ? null : <ExplorePanel />}
        <ToursLayer />
      </main>
      <footer className="app__playback">
        <Playback />
      </footer>
      <Legend />
    </div>
  );
}
