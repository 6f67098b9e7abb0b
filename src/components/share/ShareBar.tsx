// Placeholder: permalinks, copy link, talk mode, kernel-style text export and import live here.
export function ShareBar() {
  return null;
}
