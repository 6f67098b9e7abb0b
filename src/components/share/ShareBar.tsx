// Share and teach: copy the permalink, the interleaving as kernel-style text (and
// import one), talk mode, and the current frame as an image.

import { lazy, useState } from 'react';
import { useAppStoreApi } from '../../store/react';
import { enterTalk } from '../../actions/talk';
import { TourButton } from '../tours/TourButton';
import { ChallengeButton } from '../challenge/ChallengeButton';
import { ExportImage } from './ExportImage';
import { currentUrl } from './links';
import './share.css';
import { useCopied } from './useCopied';
import { Loaded } from '../../ui/Loaded';

// The text dialog (kernel-text import) is a chunk of its own, loaded when first opened.
const TextDialog = lazy(() => import('./TextDialog').then((m) => ({ default: m.TextDialog })));

export function ShareBar() {
  const store = useAppStoreApi();
  const [linkStatus, copyLink] = useCopied();
  const [textStatus, copyDiagram] = useCopied();
  const [textOpen, setTextOpen] = useState(false);
  return (
    <nav className="share-bar" aria-label="Share">
      <button type="button" data-testid="copy-link" onClick={() => copyLink(currentUrl(store))}>
        Copy link
      </button>
      <span className="share-bar__status" aria-live="polite" data-testid="copy-link-status">
        {linkStatus}
      </span>
      <button type="button" data-testid="copy-text" onClick={() => void import('./diagramText').then((m) => copyDiagram(m.diagramOf(store.getState())))}>
        Copy as text
      </button>
      <span className="share-bar__status" aria-live="polite" data-testid="copy-text-status">
        {textStatus}
      </span>
      <button type="button" data-testid="text-dialog-open" onClick={() => setTextOpen(true)}>
        Text export / import…
      </button>
      <button type="button" data-testid="talk-button" onClick={() => enterTalk(store, true)} title="Presentation mode (T)">
        Talk mode
      </button>
      <ChallengeButton />
      <ExportImage />
      <TourButton />
      {textOpen ? (
        <Loaded what="The text export and import" fallback={null}>
          <TextDialog open={textOpen} onClose={() => setTextOpen(false)} />
        </Loaded>
      ) : null}
    </nav>
  );
}
