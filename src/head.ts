// The page's title and description: the first pack's, the one the default view shows.
// Written into index.html by scripts/prerender.ts (at build time, and by the dev server),
// so that the shell's HTML names no race of its own.

import { PACKS } from './packs';

export function head(): { title: string; description: string } {
  const pack = PACKS[0];
  return { title: pack?.title ?? '', description: pack?.description ?? '' };
}
