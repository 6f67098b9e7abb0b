// The stage's side of the presenter channel, started at the first P (StageLink.tsx): it
// opens the presenter window and answers it over the channel its origin allows (links.ts).
// A chunk of its own: a page never given a P does not load it.

import { encodePermalink } from '../../permalink/format';
import { linkOf } from '../../permalink/sync';
import { PRESENTER_NAME } from '../../presenter/protocol';
import { createStage, type PresenterEvent } from '../../presenter/stage';
import type { AppStore } from '../../store';
import { pageBase } from '../share/links';
import { stageLink, transportHere } from './links';

/** A window of its own (not a tab), sized for a laptop screen. */
const FEATURES = 'popup,width=1280,height=800';

export interface StageSide {
  /** Opens (or finds) the presenter window; false when the browser blocked it. */
  open(): boolean;
  onPresenter(fn: (e: PresenterEvent) => void): () => void;
  /** Tells the presenter this page is going away (pagehide). */
  bye(): void;
  close(): void;
}

/** `talkSince`: when this page entered talk mode (the presenter's clock starts there), or null. */
export function startStageSide(store: AppStore, talkSince: number | null): StageSide {
  const stage = createStage(store, { talkSince });
  const kind = transportHere();
  let presenter: Window | null = null;
  let said: PresenterEvent | null = null;
  stage.onPresenter((e) => {
    said = e;
  });
  return {
    open() {
      if (!stage.attached()) stage.attach(stageLink(kind, () => presenter));
      const url = `${pageBase()}${encodePermalink({ ...linkOf(store), view: { mode: 'presenter', embed: false, compare: null } })}`;
      // A presenter this page opened that said goodbye or has closed can still be found by
      // its name for a moment (its `closed` lags on a busy machine), and a P then would
      // navigate the closing window: open a new one. It names itself (PresenterScreen), so
      // a P after a reload of this page still finds it.
      const gone = presenter !== null && (presenter.closed || said === 'closed');
      const w = window.open(url, gone ? '_blank' : PRESENTER_NAME, FEATURES);
      if (!w) return false;
      presenter = w;
      w.focus();
      return true;
    },
    onPresenter: (fn) => stage.onPresenter(fn),
    bye: () => stage.bye(),
    close: () => stage.close(),
  };
}
