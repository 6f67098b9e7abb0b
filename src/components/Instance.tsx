// One app instance's place in the page, for the pieces that must not meet another
// instance's (two apps on one page: an article with two embedded races, a test):
//   - its root, the App's outermost element: keys are routed by it (src/actions/instances.ts),
//     and what reads the screen (the slide exporter, focus after a move) looks inside it only;
//   - a prefix from useId for the ids its parts point at each other with (aria-controls,
//     aria-labelledby), so no id is found twice in the document.
// The root is a `display: contents` box: it adds no box of its own, so the layout is the
// one without it.

import { createContext, type ReactNode, type RefObject, useContext, useEffect, useId, useMemo, useRef } from 'react';
import { joinInstances } from '../actions/instances';

interface InstanceInfo {
  root: RefObject<HTMLDivElement | null>;
  prefix: string;
}

const InstanceContext = createContext<InstanceInfo | null>(null);
/** Outside an App (a component rendered alone in a test): no root (the document), and plain ids. */
const NO_INSTANCE: InstanceInfo = { root: { current: null }, prefix: '' };

export function Instance({ children }: { children: ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  const prefix = useId();
  const value = useMemo(() => ({ root, prefix }), [prefix]);
  useEffect(() => {
    const el = root.current;
    return el ? joinInstances(el) : undefined;
  }, []);
  return (
    <InstanceContext.Provider value={value}>
      <div ref={root} className="app-instance">
        {children}
      </div>
    </InstanceContext.Provider>
  );
}

/** This instance's root element (null outside an App). */
export function useInstanceRoot(): RefObject<HTMLDivElement | null> {
  return (useContext(InstanceContext) ?? NO_INSTANCE).root;
}

/** An id for `name` that no other instance on the page uses (`name` itself outside an App). */
export function useInstanceId(name: string): string {
  return `${(useContext(InstanceContext) ?? NO_INSTANCE).prefix}${name}`;
}
