// The default view, drawn at build time (scripts/prerender.ts puts it in index.html),
// so a visit to the bare address paints the race before any script has run. The app
// then renders into #root and main.tsx drops this copy in the same frame.
//
// Only the default view is drawn: the guard (GUARD below, run in <head>) hides the copy
// for any other link, so a link naming another view never shows the default's verdict.

import { renderToString } from 'react-dom/server';
import { App } from './components/App';
import { LEGEND_SEEN_KEY } from './components/legend/openLegend';
import { defaultPermalink } from './permalink/decode';
import { encodePermalink } from './permalink/format';
import { createAppStore } from './store/store';

/** The hash the app writes for the default view: a reload of it is the default too. */
export const defaultHash = (): string => encodePermalink(defaultPermalink());

/**
 * Runs in <head> before the body is parsed: marks the copy stale for a link naming
 * another view (CSS hides it then), and hides the introduction when it was seen.
 */
export function guardScript(): string {
  return `(function(d,h){if(h&&h!=='#'&&h!==${JSON.stringify(defaultHash())})d.setAttribute('data-prerender','stale');try{if(localStorage.getItem(${JSON.stringify(LEGEND_SEEN_KEY)})!==null)d.setAttribute('data-intro-seen','')}catch(e){d.setAttribute('data-intro-seen','')}})(document.documentElement,location.hash)`;
}

/**
 * The default view's markup, as a first visit opens it (with its introduction). The
 * copy is a picture only (inert and hidden from assistive technology, without the
 * test ids, which name the live app's elements): it lives until the app's first commit.
 */
export function prerender(): string {
  const { choices, view } = defaultPermalink();
  const store = createAppStore({ choices, view, intro: true });
  return renderToString(<App store={store} />).replace(/ data-testid="[^"]*"/g, '');
}

export { head } from './head';
