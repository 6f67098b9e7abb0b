// Placeholder: playback controls are built in this folder.
export function Playback() {
  return null;
}
