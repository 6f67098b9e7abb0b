// The Content-Security-Policy of the built app, as a <meta http-equiv> in index.html.
//
// Only the build carries it: the dev server injects inline scripts (Vite's HMR client
// and React's refresh preamble) that a strict policy would refuse, so `npm start` runs
// without one, while `vite build` (and so `vite preview`, the static site and the
// browser tests) gets the strict policy. The one-file build (vite.single.config.ts)
// inlines its script and stylesheet and replaces this policy with one that allows
// exactly those, by hash.

import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export interface PolicySources {
  /** Where scripts may come from: 'self', or the hashes of the inline ones. */
  scripts: readonly string[];
  /** Where stylesheets (<link> and <style>) may come from. */
  styles: readonly string[];
  /** Where the explorer's Web Worker may come from: its file, or a blob: URL. */
  workers: readonly string[];
}

/**
 * Why each source is there:
 *  - default-src 'self': everything not named below comes from the app's own origin.
 *  - img-src data:: the PNG export draws the frame's SVG through a data: <img>, and the
 *    one-file build's favicon is a data: URL.
 *  - style-src-attr 'none': style attributes in markup or set with setAttribute are
 *    refused. React, framer-motion and dnd-kit write inline styles through the CSSOM
 *    (element.style), which no policy restricts, and so does the image export.
 *  - style-src repeats style-src-elem for browsers that know neither split directive.
 *  - object-src, base-uri, form-action, frame-src 'none': no plugins, no <base>, no
 *    forms, no frames (the image export's blank about: frame is not fetched).
 *  - no 'unsafe-inline' or 'unsafe-eval' for scripts: nothing a link or pasted text
 *    could smuggle into the page would run.
 * frame-ancestors cannot be set from a <meta>; the embed view is meant for iframes anyway.
 */
export function contentSecurityPolicy(src: PolicySources): string {
  const directives: Array<[string, readonly string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', src.scripts],
    ['style-src', src.styles],
    ['style-src-elem', src.styles],
    ['style-src-attr', ["'none'"]],
    ['img-src', ["'self'", 'data:']],
    ['worker-src', src.workers],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-src', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/**
 * The policy of the normal build: every script, stylesheet and worker is a file of the
 * app, but for the inline scripts the build itself wrote (the prerender's guard in
 * <head>, scripts/prerender.ts), allowed by hash.
 */
export function buildPolicy(html: string): string {
  return contentSecurityPolicy({ scripts: ["'self'", ...inlineScriptHashes(html)], styles: ["'self'"], workers: ["'self'"] });
}

/** Hash sources of the plain inline <script> elements (no attributes) in a page, in order. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => hashSource(m[1] ?? ''));
}

/** A CSP hash source of an inline element's text, exactly as the browser hashes it. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const CHARSET = /<meta charset="UTF-8"\s*\/?>/i;
const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/;

/** index.html with `policy` as its CSP <meta>, right after the charset and before any script or style. */
export function withPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  if (META.test(html)) return html.replace(META, () => meta);
  if (!CHARSET.test(html)) throw new Error('csp: index.html has no <meta charset="UTF-8"> to put the policy after');
  return html.replace(CHARSET, (m) => `${m}\n    ${meta}`);
}

/**
 * Writes the build's policy into index.html; the dev server is left without one (see
 * above). Listed after the prerender plugin, so the guard it writes is hashed.
 */
export function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => withPolicy(html, buildPolicy(html)) },
  };
}
