// One registry of user actions: buttons, keyboard shortcuts and the legend's key list
// all come from here, so they stay in step (as excalidraw's actions/ does).

import type { AppStore } from '../store';
import type { Store } from '../store/store';

export interface Action {
  id: string;
  label: string;
  /** Keys as shown in the legend, e.g. "Space". */
  keys: readonly string[];
  /** Does this keyboard event trigger the action? */
  test: (e: KeyboardEvent) => boolean;
  perform: (store: AppStore) => void;
}

/** The legend dialog listens for this window event (components/legend). */
export const LEGEND_EVENT = 'legend:open';

/** Talk mode listens for this window event (components/talk); sent from a key press, so full screen may be asked for. */
export const TALK_EVENT = 'talk:toggle';

const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;
const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;

/** A key that moves the cursor; it stops playback first, so the view lands where asked. */
function seekAction(id: string, label: string, shown: string, key: string, go: (s: Store) => void): Action {
  return {
    id,
    label,
    keys: [shown],
    test: (e) => plain(e) && e.key === key,
    perform: (store) => {
      store.getState().setPlaying(false);
      go(store.getState());
    },
  };
}

export const ACTIONS: readonly Action[] = [
  {
    id: 'play',
    label: 'Play / pause',
    keys: ['Space'],
    test: (e) => plain(e) && (e.key === ' ' || e.code === 'Space'),
    perform: (s) => s.getState().setPlaying(!s.getState().playing),
  },
  seekAction('step-forward', 'Step forward', '→', 'ArrowRight', (s) => s.stepForward()),
  seekAction('step-back', 'Step back', '←', 'ArrowLeft', (s) => s.stepBack()),
  seekAction('to-start', 'Jump to start', 'Home', 'Home', (s) => s.toStart()),
  seekAction('to-end', 'Jump to end', 'End', 'End', (s) => s.toEnd()),
  {
    id: 'undo',
    label: 'Undo timeline edit',
    keys: ['Ctrl+Z'],
    test: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'z',
    perform: (s) => s.getState().undo(),
  },
  {
    id: 'redo',
    label: 'Redo timeline edit',
    keys: ['Ctrl+Shift+Z', 'Ctrl+Y'],
    test: (e) => mod(e) && ((e.shiftKey && e.key.toLowerCase() === 'z') || e.key.toLowerCase() === 'y'),
    perform: (s) => s.getState().redo(),
  },
  {
    id: 'legend',
    label: 'Show the legend',
    keys: ['?'],
    test: (e) => plain(e) && e.key === '?',
    perform: () => {
      window.dispatchEvent(new Event(LEGEND_EVENT));
    },
  },
  // Presenter remotes send PageDown / PageUp; talk mode adds its own keys (components/talk).
  seekAction('page-forward', 'Step forward (presenter remote)', 'PageDown', 'PageDown', (s) => s.stepForward()),
  seekAction('page-back', 'Step back (presenter remote)', 'PageUp', 'PageUp', (s) => s.stepBack()),
  {
    id: 'talk',
    label: 'Talk mode (presentation) on / off',
    keys: ['T'],
    test: (e) => plain(e) && e.key.toLowerCase() === 't',
    perform: () => {
      window.dispatchEvent(new Event(TALK_EVENT));
    },
  },
];

export function findAction(id: string): Action | undefined {
  return ACTIONS.find((a) => a.id === id);
}

/** Keys typed into a form control or a chip being dragged belong to that element. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  // A timeline chip marks itself while the keyboard (or pointer) drags it: its arrow
  // keys, Space and Escape then move, drop or cancel the chip, not the playback.
  if (target.closest('[data-dragging="true"]')) return true;
  // An open modal dialog (the legend) keeps its keys to itself.
  if (target.closest('dialog[open]')) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}
