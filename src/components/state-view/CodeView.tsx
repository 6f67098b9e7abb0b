// The threads' full code, bound to the store: the side panel's Code tab. A chunk of its
// own (SidePanel loads it when the tab is first chosen): the timeline is the default tab.

import { selectFrame, selectModel, selectState, useAppStore } from '../../store';
import { usePast } from './StateView';
import { ThreadPanels } from './threads/ThreadPanel';

export function CodeView() {
  const model = useAppStore(selectModel);
  const state = useAppStore(selectState);
  const frame = useAppStore(selectFrame);
  const past = usePast();
  return <ThreadPanels model={model} state={state} frame={frame} past={past} />;
}
