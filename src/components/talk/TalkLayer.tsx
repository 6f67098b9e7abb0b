// Talk mode's own layer: presenter keys, the blank screen, speaker notes and the
// app's address in a corner. The layout itself comes from talk.css, keyed on
// data-mode="talk" on the app root and the talk-mode class on <html> (which scales
// the root font size, so everything sized in rem grows with it).

import { useEffect } from 'react';
import { isTypingTarget, TALK_EVENT } from '../../actions/registry';
import { selectBlank, selectMode, selectNotes, useView, viewStore } from '../../permalink/view';
import { selectFrame, selectModel, useAppStore, useAppStoreApi } from '../../store';
import { notesFor } from './notes';
import { leaveTalk, toggleTalk } from './talkMode';
import './talk.css';

/** Keys talk mode adds (shown in its help line); PageDown/PageUp and T are in the action registry. */
export const TALK_KEYS: readonly { keys: string; label: string }[] = [
  { keys: 'PageDown, →, ↓, Space', label: 'next step' },
  { keys: 'PageUp, ←, ↑', label: 'previous step' },
  { keys: 'B', label: 'blank the screen (B again to come back)' },
  { keys: 'N', label: 'speaker notes' },
  { keys: 'T or Esc', label: 'leave talk mode' },
];

const FORWARD = new Set(['PageDown', 'ArrowRight', 'ArrowDown', ' ']);
const BACK = new Set(['PageUp', 'ArrowLeft', 'ArrowUp']);

export function TalkLayer() {
  const store = useAppStoreApi();
  const mode = useView(selectMode);
  const talk = mode === 'talk';

  // T (from the action registry) toggles talk mode; the key press is the user gesture.
  useEffect(() => {
    const onToggle = () => toggleTalk(true);
    window.addEventListener(TALK_EVENT, onToggle);
    return () => window.removeEventListener(TALK_EVENT, onToggle);
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('talk-mode', talk);
    return () => root.classList.remove('talk-mode');
  }, [talk]);

  // In talk mode these keys are taken before the app's own (capture phase), so Space
  // steps instead of playing and a presenter remote's keys always step.
  useEffect(() => {
    if (!talk) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      const s = store.getState();
      const key = e.key;
      let handled = true;
      if (FORWARD.has(key)) {
        s.setPlaying(false);
        s.stepForward();
      } else if (BACK.has(key)) {
        s.setPlaying(false);
        s.stepBack();
      } else if (key === 'b' || key === 'B') viewStore.getState().toggleBlank();
      else if (key === 'n' || key === 'N') viewStore.getState().toggleNotes();
      else if (key === 'Escape') leaveTalk();
      else handled = false;
      if (handled) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [talk, store]);

  if (!talk) return null;
  return (
    <>
      <TalkAddress />
      <SpeakerNotesOverlay />
      <BlankScreen />
    </>
  );
}

function TalkAddress() {
  const { host, pathname, protocol } = window.location;
  const address = protocol === 'file:' ? pathname.split('/').pop() : `${host}${pathname}`;
  return (
    <p className="talk-address" data-testid="talk-address">
      {address}
    </p>
  );
}

function SpeakerNotesOverlay() {
  const on = useView(selectNotes);
  const frame = useAppStore(selectFrame);
  const model = useAppStore(selectModel);
  if (!on) return null;
  const labels: Record<string, string> = {};
  for (const [id, def] of Object.entries(model.locks)) labels[id] = def.label;
  const notes = notesFor(frame, labels);
  return (
    <aside className="talk-notes" aria-label="Speaker notes" data-testid="talk-notes">
      <h2>{notes.title}</h2>
      <p>{notes.narration}</p>
      {notes.pointers.length > 0 && (
        <ul>
          {notes.pointers.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <p className="talk-notes__keys">{TALK_KEYS.map((k) => `${k.keys}: ${k.label}`).join(' · ')}</p>
    </aside>
  );
}

function BlankScreen() {
  const blank = useView(selectBlank);
  if (!blank) return null;
  return (
    <div className="talk-blank" data-testid="talk-blank">
      <span className="visually-hidden">Screen blanked: press B to come back</span>
    </div>
  );
}
