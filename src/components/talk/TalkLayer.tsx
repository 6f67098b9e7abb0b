// Talk mode's own layer: the blank screen, speaker notes and the app's address in a
// corner. Its keys are in the action registry (src/actions); the layout comes from
// talk.css, keyed on data-mode="talk" on the app root and the talk-mode class on
// <html> (which scales the root font size, so everything sized in rem grows with it).

import { useEffect } from 'react';
import { actionsOf } from '../../actions/registry';
import { selectBlank, selectFrame, selectMode, selectModel, selectNotes, useAppStore } from '../../store';
import { notesFor } from './notes';
import './talk.css';

export function TalkLayer() {
  const mode = useAppStore(selectMode);
  const talk = mode === 'talk';

  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('talk-mode', talk);
    return () => root.classList.remove('talk-mode');
  }, [talk]);

  if (!talk) return null;
  return (
    <>
      <TalkAddress />
      <SpeakerNotesOverlay />
      <BlankScreen />
    </>
  );
}

/** Talk mode's keys, one line: "PageDown, →, ↓, Space: Next step · ...". */
export const TALK_KEY_LIST = actionsOf('talk')
  .filter((a) => a.mode === 'talk' || a.id === 'talk')
  .map((a) => `${a.keys.join(', ')}: ${a.label}`)
  .join(' · ');

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
  const on = useAppStore(selectNotes);
  const frame = useAppStore(selectFrame);
  const model = useAppStore(selectModel);
  if (!on) return null;
  const notes = notesFor(model, frame);
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
      <p className="talk-notes__keys">{TALK_KEY_LIST}</p>
    </aside>
  );
}

function BlankScreen() {
  const blank = useAppStore(selectBlank);
  if (!blank) return null;
  return (
    <div className="talk-blank" data-testid="talk-blank">
      <span className="visually-hidden">Screen blanked: press B to come back</span>
    </div>
  );
}
