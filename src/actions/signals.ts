// What an action asks of a component the registry cannot reach (open the legend, open
// the presenter window), said to that instance alone. These used to be window events,
// heard by every app on the page: with two on one page, "?" in one opened the legend in
// both. An action performs with its instance's store, so the store names the instance:
// each store has an event target of its own, made on first use.

import type { AppStore } from '../store';

const targets = new WeakMap<AppStore, EventTarget>();

function targetOf(store: AppStore): EventTarget {
  let t = targets.get(store);
  if (!t) {
    t = new EventTarget();
    targets.set(store, t);
  }
  return t;
}

/** Tells the instance of `store` to do `name` (synchronously: a window.open it leads to stays inside the key press). */
export function signal(store: AppStore, name: string): void {
  targetOf(store).dispatchEvent(new Event(name));
}

/** Listens for `name` on the instance of `store`; the returned function stops. */
export function onSignal(store: AppStore, name: string, fn: () => void): () => void {
  const t = targetOf(store);
  t.addEventListener(name, fn);
  return () => t.removeEventListener(name, fn);
}
