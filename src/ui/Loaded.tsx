// A part of the screen that is a chunk of its own (React.lazy): `fallback` while it
// loads. Should it fail (its chunk could not be fetched because the site was updated
// under an open tab or the connection dropped, or it threw while drawing), the rest of
// the app stays: the part shows `failed`, by default one line saying so with a Reload
// button, rather than React unmounting the whole screen. The error is still reported as
// uncaught (window.reportError), so it is not hidden from the console or from tests.

import { Component, type ReactNode, Suspense } from 'react';

interface BoundaryProps {
  failed: (error: Error) => ReactNode;
  children: ReactNode;
}

class Boundary extends Component<BoundaryProps, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown) {
    if (typeof window !== 'undefined' && typeof window.reportError === 'function') window.reportError(error);
  }

  render() {
    return this.state.error ? this.props.failed(this.state.error) : this.props.children;
  }
}

/** The default for a part that failed: what failed, and how to get it back. */
export function PartFailed({ what, error }: { what: string; error: Error }) {
  return (
    <p className="part-failed" role="alert" data-testid="part-failed">
      {what} could not be shown ({error.message}).{' '}
      <button type="button" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </p>
  );
}

export interface LoadedProps {
  /** What the part is, for the message: "The talk screen". */
  what: string;
  /** Shown while the chunk loads. */
  fallback: ReactNode;
  /** Shown if it fails; by default PartFailed. A part with a working stand-in (still rows, an unanimated box) passes that. */
  failed?: ReactNode | ((error: Error) => ReactNode);
  children: ReactNode;
}

export function Loaded({ what, fallback, failed, children }: LoadedProps) {
  return (
    <Boundary failed={(error) => (typeof failed === 'function' ? failed(error) : (failed ?? <PartFailed what={what} error={error} />))}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </Boundary>
  );
}
