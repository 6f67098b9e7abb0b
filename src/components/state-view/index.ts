// The kernel state view. `StateView` reads the store; `KernelPicture` and
// `ThreadPanels` take everything as props (a compare mode feeds them two runs). Their
// animations load lazily (motion/); `MotionProvider` is a pass-through kept for callers.
export { StateView, MotionProvider } from './StateView';
export { KernelPicture, VariantLabel, type PictureProps } from './picture/KernelPicture';
export { ThreadPanel, ThreadPanels, type ThreadPanelProps } from './threads/ThreadPanel';
export { threadStatus, type ThreadStatusView } from './threads/threadStatus';
export { changesOf, describeChanges, type Changes } from './changes';
