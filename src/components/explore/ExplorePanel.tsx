// Placeholder: the explore panel (explorer in a Web Worker) lives here.
export function ExplorePanel() {
  return null;
}
