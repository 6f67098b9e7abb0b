// The stage's side of the presenter view, mounted once per app: P (an action of the
// registry) opens the presenter window on this page's URL with the current link and
// mode=presenter, under a fixed name, so pressing P again finds the same window (and
// reconnects it after this page was reloaded). From the first P on, this page answers
// the presenter (stageSide.ts, a chunk loaded at the first P, or ahead of it once the
// page is in talk mode).
//
// On the projector it says only what the speaker must act on: the presenter window was
// closed or went silent, or the browser blocked it. Never a note.

import { useEffect, useState } from 'react';
import { PRESENTER_EVENT } from '../../actions/registry';
import { onSignal } from '../../actions/signals';
import { useAppStoreApi } from '../../store';
import type { StageSide } from './stageSide';
import './presenter.css';

const SHOWN_MS = 8000;

const WORDS = {
  closed: 'The presenter window was closed: P opens it again.',
  lost: 'The presenter window stopped answering: P opens it again.',
  blocked: 'The browser blocked the presenter window: allow pop-ups for this page, then press P again.',
} as const;

const loadStageSide = () => import('./stageSide');

export function StageLink() {
  const store = useAppStoreApi();
  const [word, setWord] = useState<keyof typeof WORDS | null>(null);

  useEffect(() => {
    // The presenter's clock starts when this page first enters talk mode.
    let talkSince: number | null = null;
    const inTalk = () => {
      if (talkSince !== null || store.getState().mode !== 'talk') return;
      talkSince = Date.now();
      void loadStageSide();
    };
    inTalk();
    const offMode = store.subscribe(inTalk);
    let side: StageSide | null = null;
    let offPresenter = () => {};
    let closed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const say = (w: keyof typeof WORDS | null) => {
      clearTimeout(timer);
      setWord(w);
      if (w) timer = setTimeout(() => setWord(null), SHOWN_MS);
    };

    const open = async () => {
      const { startStageSide } = await loadStageSide();
      if (closed) return;
      if (!side) {
        side = startStageSide(store, talkSince);
        offPresenter = side.onPresenter((e) => say(e === 'connected' ? null : e));
      }
      say(side.open() ? null : 'blocked');
    };
    const onPresenterKey = () => void open();
    const bye = () => side?.bye();
    const offKey = onSignal(store, PRESENTER_EVENT, onPresenterKey);
    window.addEventListener('pagehide', bye);
    return () => {
      closed = true;
      clearTimeout(timer);
      offMode();
      offPresenter();
      offKey();
      window.removeEventListener('pagehide', bye);
      side?.close();
    };
  }, [store]);

  // Always in the page, so a screen reader announces the words when they appear.
  return (
    <p className="stage-word" role="status" data-testid="stage-presenter-word">
      {word ? WORDS[word] : ''}
    </p>
  );
}
