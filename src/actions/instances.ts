// Which app instance a key press belongs to, when a page holds more than one (an article
// with two embedded races, a test). Keys are heard on the window, because a key pressed
// with nothing focused (its target is <body>) must still step: that is the clicker. So
// each instance asks here whether a press is its own:
//   - its target is inside the instance's root: yes, that instance has the focus;
//   - its target is the page itself (<body>, <html>): the instance used last has it, the
//     one whose root last saw a pointer press or took focus; the first mounted until then;
//   - anything else (another instance, the host page's own controls): not this one.
// A page with one instance (the app at its own address) behaves as before: every key
// aimed at the page or inside the app is the app's.

/** The mounted instances' roots, in mount order. */
const roots: Element[] = [];
let lastUsed: Element | null = null;

/** Registers an instance's root (its App's outermost element); the returned function leaves. */
export function joinInstances(root: Element): () => void {
  roots.push(root);
  const use = () => {
    lastUsed = root;
  };
  // Capture: a control that stops the event (dnd-kit's sensors) still counts as use.
  root.addEventListener('pointerdown', use, true);
  root.addEventListener('focusin', use, true);
  return () => {
    root.removeEventListener('pointerdown', use, true);
    root.removeEventListener('focusin', use, true);
    const i = roots.indexOf(root);
    if (i >= 0) roots.splice(i, 1);
    if (lastUsed === root) lastUsed = null;
  };
}

/** The instance that takes keys aimed at the page itself, or null when none is mounted. */
export function activeInstance(): Element | null {
  return lastUsed ?? roots[0] ?? null;
}

/** Is a key press with this target meant for the instance rooted at `root`? */
export function ownsKey(root: Element, target: EventTarget | null): boolean {
  if (target instanceof Node && root.contains(target)) return true;
  const doc = root.ownerDocument;
  const page = target === null || target === doc || target === doc.body || target === doc.documentElement || target === doc.defaultView;
  if (!page) return false;
  const active = activeInstance();
  // An instance that never joined (a component rendered alone) is the page's only one.
  return active === null || active === root;
}
