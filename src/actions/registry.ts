// One registry of user actions: buttons, keyboard shortcuts and the legend's key list
// all come from here, so they stay in step (as excalidraw's actions/ does). An action
// may belong to one layout: talk mode's keys step where the app's Space plays.

import type { AppStore, Mode, Store } from '../store';
import { variantIds } from '../packs';
import { focusedByPointer } from './focusOrigin';
import { signal } from './signals';
import { leaveTalk, toggleTalk } from './talk';

export interface Action {
  id: string;
  label: string;
  /** Keys as shown in the legend, e.g. "Space". */
  keys: readonly string[];
  /** The layout the action works in; both when absent. */
  mode?: Mode;
  /** Does this keyboard event trigger the action? */
  test: (e: KeyboardEvent) => boolean;
  /** `e` is the key press that triggered it, or null for a button. */
  perform: (store: AppStore, e: KeyboardEvent | null) => void;
}

/** The legend dialog listens for this signal of its instance (signals.ts; components/legend). */
export const LEGEND_EVENT = 'legend:open';
/** The stage's link to a presenter window listens for this one (components/presenter). */
export const PRESENTER_EVENT = 'presenter:open';

const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;
const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const isSpace = (e: KeyboardEvent) => e.key === ' ' || e.code === 'Space';
const letter = (e: KeyboardEvent, l: string) => plain(e) && e.key.toLowerCase() === l;

/** A key that moves the cursor; it stops playback first, so the view lands where asked. */
function seekAction(
  id: string,
  label: string,
  keys: readonly string[],
  test: (e: KeyboardEvent) => boolean,
  go: (s: Store) => void,
  mode?: Mode,
): Action {
  return {
    id,
    label,
    keys,
    ...(mode ? { mode } : {}),
    test: (e) => plain(e) && test(e),
    perform: (store) => {
      store.getState().setPlaying(false);
      go(store.getState());
    },
  };
}

const keyIs =
  (...keys: string[]) =>
  (e: KeyboardEvent) =>
    keys.includes(e.key);

export const ACTIONS: readonly Action[] = [
  {
    id: 'play',
    label: 'Play / pause',
    keys: ['Space'],
    mode: 'app',
    test: (e) => plain(e) && isSpace(e),
    perform: (s) => s.getState().setPlaying(!s.getState().playing),
  },
  seekAction('step-forward', 'Step forward', ['→'], keyIs('ArrowRight'), (s) => s.stepForward(), 'app'),
  seekAction('step-back', 'Step back', ['←'], keyIs('ArrowLeft'), (s) => s.stepBack(), 'app'),
  seekAction('to-start', 'Jump to start', ['Home'], keyIs('Home'), (s) => s.toStart()),
  seekAction('to-end', 'Jump to end', ['End'], keyIs('End'), (s) => s.toEnd()),
  // Presenter remotes send PageDown / PageUp; in talk mode the arrows and Space step too.
  seekAction('page-forward', 'Step forward (presenter remote)', ['PageDown'], keyIs('PageDown'), (s) => s.stepForward(), 'app'),
  seekAction('page-back', 'Step back (presenter remote)', ['PageUp'], keyIs('PageUp'), (s) => s.stepBack(), 'app'),
  // While a tour plays, the clicker walks the stop's steps, then moves to the next stop.
  seekAction(
    'talk-next',
    'Next step',
    ['PageDown', '→', '↓', 'Space'],
    (e) => keyIs('PageDown', 'ArrowRight', 'ArrowDown')(e) || isSpace(e),
    (s) => (s.tourPlay ? s.nextInTour() : s.stepForward()),
    'talk',
  ),
  seekAction('talk-back', 'Previous step', ['PageUp', '←', '↑'], keyIs('PageUp', 'ArrowLeft', 'ArrowUp'), (s) => (s.tourPlay ? s.prevInTour() : s.stepBack()), 'talk'),
  {
    id: 'leave-tour',
    label: 'Leave the tour (stay on this view)',
    keys: ['X'],
    mode: 'talk',
    test: (e) => letter(e, 'x'),
    perform: (s) => s.getState().stopTour(),
  },
  {
    id: 'blank',
    label: 'Blank the screen (B again to come back)',
    keys: ['B'],
    mode: 'talk',
    test: (e) => letter(e, 'b'),
    perform: (s) => s.getState().toggleBlank(),
  },
  {
    id: 'notes',
    label: 'Speaker notes',
    keys: ['N'],
    mode: 'talk',
    test: (e) => letter(e, 'n'),
    perform: (s) => s.getState().toggleNotes(),
  },
  {
    id: 'next-variant',
    label: 'Next variant, same interleaving (bug, then fix)',
    keys: ['V'],
    mode: 'talk',
    test: (e) => plain(e) && !e.shiftKey && e.key.toLowerCase() === 'v',
    perform: (s) => stepVariant(s, 1),
  },
  {
    id: 'prev-variant',
    label: 'Previous variant, same interleaving',
    keys: ['Shift+V'],
    mode: 'talk',
    test: (e) => plain(e) && e.shiftKey && e.key.toLowerCase() === 'v',
    perform: (s) => stepVariant(s, -1),
  },
  {
    id: 'spoilers',
    label: 'Show the verdict before the run gets there (spoilers)',
    keys: ['S'],
    mode: 'talk',
    test: (e) => letter(e, 's'),
    perform: (s) => s.getState().toggleSpoilers(),
  },
  {
    id: 'presenter',
    label: 'Presenter view: the notes, the next step and the time, in a second window',
    keys: ['P'],
    mode: 'talk',
    test: (e) => letter(e, 'p'),
    // Dispatched synchronously, so window.open still runs inside the key press (pop-up blockers).
    perform: (s) => signal(s, PRESENTER_EVENT),
  },
  {
    id: 'leave-talk',
    label: 'Leave talk mode',
    keys: ['Esc'],
    mode: 'talk',
    test: (e) => plain(e) && e.key === 'Escape',
    perform: (s) => leaveTalk(s),
  },
  {
    id: 'run-thread',
    label: "Run that thread's next step from here (drops what followed)",
    keys: ['1', '2', '3'],
    test: (e) => plain(e) && /^[1-9]$/.test(e.key),
    perform: (s, e) => {
      const tid = Number(e?.key);
      if (tid >= 1 && tid <= s.getState().model.threads.length) {
        s.getState().setPlaying(false);
        s.getState().runThread(tid);
      }
    },
  },
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
    perform: (s) => signal(s, LEGEND_EVENT),
  },
  {
    id: 'talk',
    label: 'Talk mode (presentation) on / off',
    keys: ['T'],
    test: (e) => letter(e, 't'),
    // A key press is a user gesture: full screen may be asked for.
    perform: (s) => toggleTalk(s, true),
  },
];

/** The scenario's next (or previous) variant, on the same interleaving and step. */
function stepVariant(store: AppStore, by: 1 | -1): void {
  const s = store.getState();
  const ids = variantIds(s.scenario);
  const next = ids[(ids.indexOf(s.variant) + by + ids.length) % ids.length];
  if (next && next !== s.variant) s.setVariant(next);
}

/** Keys that move the cursor (or play): the clicker's keys. */
const STEPPING = new Set(['talk-next', 'talk-back', 'step-forward', 'step-back', 'page-forward', 'page-back', 'play']);

export function findAction(id: string): Action | undefined {
  return ACTIONS.find((a) => a.id === id);
}

/** The layout whose keys a mode uses: a challenge is the main view played as a game. */
const layoutOf = (mode: Mode): Mode => (mode === 'challenge' ? 'app' : mode);

/** The action a key press triggers in the given layout, if any. */
export function actionFor(e: KeyboardEvent, mode: Mode): Action | undefined {
  const layout = layoutOf(mode);
  const a = ACTIONS.find((x) => (x.mode === undefined || x.mode === layout) && x.test(e));
  if (a && STEPPING.has(a.id) && keepsOwnKey(e, layout)) return undefined;
  return a;
}

/**
 * Whether the focused element keeps a stepping key for itself. The clicker never dies:
 * on the stage (talk mode) the stepping keys always step, whatever was clicked last.
 * In the main view, Space presses a focused button (or picks up a focused step); the
 * arrows are kept only by a control that moves with them (a radio group, a slider) and
 * that the keyboard brought focus to (focusOrigin.ts): after a mouse click on a variant,
 * on Play or on a step, the arrows step the run.
 */
function keepsOwnKey(e: KeyboardEvent, mode: Mode): boolean {
  if (mode === 'talk') return false;
  const target = e.target;
  if (!(target instanceof Element)) return false;
  if (isSpace(e)) return isControl(target);
  if (e.key.startsWith('Arrow')) return usesArrows(target) && !focusedByPointer(target);
  return false;
}

/** An element that takes its own keys: a button, a link, a draggable step, a form field. */
export function isControl(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('button, a[href], [role="button"], input, select, textarea, summary') !== null;
}

/** A control whose arrow keys move it: a radio group, a slider, a tab list. */
function usesArrows(target: Element): boolean {
  return target.closest('input[type="radio"], input[type="range"], [role="radio"], [role="slider"], [role="tab"]') !== null;
}

/** The actions of one layout, for the legend's key list. */
export const actionsOf = (mode: Mode): Action[] => ACTIONS.filter((a) => a.mode === undefined || a.mode === layoutOf(mode));

/** Keys typed into a text field, a list box, a chip being dragged or an open dialog belong to that element. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  // A timeline chip marks itself while the keyboard (or pointer) drags it: its arrow
  // keys, Space and Escape then move, drop or cancel the chip, not the playback.
  if (target.closest('[data-dragging="true"]')) return true;
  // An open modal dialog (the legend) keeps its keys to itself.
  if (target.closest('dialog[open]')) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  // Radios, check boxes and sliders are not typed into: keepsOwnKey decides for them.
  return tag === 'INPUT' && !NOT_TYPED.has((target as HTMLInputElement).type);
}

const NOT_TYPED = new Set(['radio', 'checkbox', 'range', 'button', 'submit', 'reset']);
