// The kernel state view. `StateView` reads the store; `KernelPicture` and
// `ThreadPanels` take everything as props (compare mode feeds them two runs).
export { StateView } from './StateView';
export { CodeView } from './CodeView';
export { KernelPicture, type KernelPictureProps } from './KernelPicture';
export { ThreadPanel, ThreadPanels, type ThreadPanelProps } from './threads/ThreadPanel';
export { threadStatus, type ThreadStatusView } from './threads/threadStatus';
export { Narration } from './Narration';
export { LocksPanel } from './LocksPanel';
