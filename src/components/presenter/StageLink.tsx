// The stage's side of the presenter view, mounted once per app: P (an action of the
// registry) opens the presenter window on this page's URL with the current link and
// mode=presenter, under a fixed name, so pressing P again finds the same window (and
// reconnects it after this page was reloaded). From the first P on, this page answers
// the presenter over the channel its origin allows (links.ts).
//
// On the projector it says only what the speaker must act on: the presenter window was
// closed or went silent, or the browser blocked it. Never a note.

import { useEffect, useState } from 'react';
import { PRESENTER_EVENT } from '../../actions/registry';
import { encodePermalink } from '../../permalink/format';
import { linkOf } from '../../permalink/sync';
import { PRESENTER_NAME } from '../../presenter/protocol';
import { createStage } from '../../presenter/stage';
import { useAppStoreApi } from '../../store';
import { pageBase } from '../share/links';
import { stageLink, transportHere } from './links';
import './presenter.css';

/** A window of its own (not a tab), sized for a laptop screen. */
const FEATURES = 'popup,width=1280,height=800';
const SHOWN_MS = 8000;

const WORDS = {
  closed: 'The presenter window was closed: P opens it again.',
  lost: 'The presenter window stopped answering: P opens it again.',
  blocked: 'The browser blocked the presenter window: allow pop-ups for this page, then press P again.',
} as const;

export function StageLink() {
  const store = useAppStoreApi();
  const [word, setWord] = useState<keyof typeof WORDS | null>(null);

  useEffect(() => {
    const stage = createStage(store);
    const kind = transportHere();
    let presenter: Window | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const say = (w: keyof typeof WORDS | null) => {
      clearTimeout(timer);
      setWord(w);
      if (w) timer = setTimeout(() => setWord(null), SHOWN_MS);
    };

    const open = () => {
      if (!stage.attached()) stage.attach(stageLink(kind, () => presenter));
      const url = `${pageBase()}${encodePermalink({ ...linkOf(store), view: { mode: 'presenter', embed: false, compare: null } })}`;
      // A presenter this page opened and that has closed can still be found by its name
      // for a moment, and a P then would navigate the closing window: open a new one. It
      // names itself (PresenterScreen), so a P after a reload of this page still finds it.
      const w = window.open(url, presenter?.closed ? '_blank' : PRESENTER_NAME, FEATURES);
      if (!w) return say('blocked');
      presenter = w;
      say(null);
      w.focus();
    };
    const offPresenter = stage.onPresenter((e) => say(e === 'connected' ? null : e));
    const bye = () => stage.bye();
    window.addEventListener(PRESENTER_EVENT, open);
    window.addEventListener('pagehide', bye);
    return () => {
      clearTimeout(timer);
      offPresenter();
      window.removeEventListener(PRESENTER_EVENT, open);
      window.removeEventListener('pagehide', bye);
      stage.close();
    };
  }, [store]);

  // Always in the page, so a screen reader announces the words when they appear.
  return (
    <p className="stage-word" role="status" data-testid="stage-presenter-word">
      {word ? WORDS[word] : ''}
    </p>
  );
}
