// How the focused element got its focus: from a pointer (a click) or from the keyboard
// (Tab). A radio group clicked with the mouse must not keep the arrow keys, or the
// clicker stops stepping; one the keyboard brought focus to keeps them, as a keyboard
// user needs. (:focus-visible cannot tell: Chrome starts matching it on the element the
// moment any key is pressed, the arrow included.)

let lastInput: 'pointer' | 'keyboard' = 'keyboard';
let pointerFocused: EventTarget | null = null;

const onPointer = () => {
  lastInput = 'pointer';
};
const onKey = () => {
  lastInput = 'keyboard';
};
const onFocus = (e: FocusEvent) => {
  pointerFocused = lastInput === 'pointer' ? e.target : null;
};

let users = 0;

/** Starts following focus in `win` (idempotent per window); the returned function stops. */
export function trackFocusOrigin(win: Window): () => void {
  if (users++ === 0) {
    win.addEventListener('pointerdown', onPointer, true);
    win.addEventListener('keydown', onKey, true);
    win.addEventListener('focusin', onFocus, true);
  }
  return () => {
    if (--users === 0) {
      win.removeEventListener('pointerdown', onPointer, true);
      win.removeEventListener('keydown', onKey, true);
      win.removeEventListener('focusin', onFocus, true);
    }
  };
}

/** Did `el` get its focus from a pointer? */
export const focusedByPointer = (el: EventTarget | null): boolean => el !== null && el === pointerFocused;
