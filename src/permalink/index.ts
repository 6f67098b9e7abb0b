// Permalinks: the URL hash as a versioned, validated record of the view.
export { decodePermalink, defaultPermalink } from './decode';
export type { Decoded } from './decode';
export { CURRENT_FORMAT, encodePermalink, withoutEmbed, atToCursor, cursorToAt, DEFAULT_VIEW } from './format';
export type { LinkView, Permalink } from './format';
export { migrate, MIGRATIONS } from './migrate';
export type { Migration } from './migrate';
export { issueOf, linkOf, openFromLink, openFromTourLink, startPermalinkSync } from './sync';
export type { HistoryHost } from './sync';
