// Placeholder: the kernel state view is built in this folder.
import { selectFrame, useAppStore } from '../../store';

export function StateView() {
  const frame = useAppStore(selectFrame);
  return <section className="state-view">{frame ? `${frame.step}: T${frame.thread} ${frame.op}` : 'initial state'}</section>;
}
