// Deep-freezing engine states in development and tests turns an accidental mutation
// into a TypeError at the line that mutates (the same idea as tldraw's devFreeze).
// Production builds and the benchmark switch it off: it costs time and catches nothing there.

let enabled = true;

export function setDevFreeze(on: boolean): void {
  enabled = on;
}

export function devFreeze<T>(value: T): T {
  if (enabled) deepFreeze(value);
  return value;
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
