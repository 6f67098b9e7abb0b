// The explorer's Web Worker: the page posts requests (protocol.ts), the handler
// explores off the main thread and posts plain data back.

import { setDevFreeze } from '../engine';
import { createExploreHandler } from './handler';
import type { ExploreResponse } from './protocol';

// Freezing every state is a development check of the UI's own state; here it would
// only slow the explorer down (the CLI and the benchmark switch it off too).
setDevFreeze(false);

const scope = self as unknown as {
  postMessage(message: ExploreResponse): void;
  onmessage: ((e: MessageEvent<unknown>) => void) | null;
};

const handler = createExploreHandler((r) => scope.postMessage(r));
scope.onmessage = (e) => {
  void handler.receive(e.data);
};
