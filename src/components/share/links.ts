// The address of the view shown: this page's URL with the permalink as its hash.
import type { AppStore } from '../../store/store';
import { encodePermalink } from '../../permalink/format';
import { linkOf } from '../../permalink/sync';

export function pageBase(): string {
  const { origin, pathname, search, protocol } = window.location;
  return `${protocol === 'file:' ? 'file://' : origin}${pathname}${search}`;
}

export function currentUrl(store: AppStore): string {
  return `${pageBase()}${encodePermalink(linkOf(store))}`;
}
