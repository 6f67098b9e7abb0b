// Vite plugin (build only): draws the default view into index.html (src/prerender.tsx)
// so the bare address paints before the script runs, and puts the guard that hides
// that copy for any other link at the top of <head>, before the stylesheet. The page's
// title and description become the first pack's (index.html holds neutral ones for the
// dev server).
//
// The view is rendered by a throwaway Vite server in middleware mode (its SSR module
// loader handles the CSS imports and TypeScript), so the build stays one command.

import { createServer, type Plugin, type ViteDevServer } from 'vite';

/** What React escaped in an attribute value, back to the text CSS reads. */
const unescapeAttr = (v: string) =>
  v.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * The copy's style attributes (thread colours, grid lanes) become rules of one <style>
 * element: the app's Content-Security-Policy refuses style attributes in markup
 * (style-src-attr 'none'), and allows that element by its hash (scripts/csp.ts). Each
 * declaration is !important, as an inline style outranks the stylesheet.
 */
export function hoistStyles(view: string): { html: string; css: string } {
  const ids = new Map<string, number>();
  const html = view.replace(/ style="([^"]*)"/g, (_m, value: string) => {
    const decls = unescapeAttr(value);
    let id = ids.get(decls);
    if (id === undefined) {
      id = ids.size;
      ids.set(decls, id);
    }
    return ` data-pr-style="${id}"`;
  });
  const rules = [...ids].map(([decls, id]) => {
    const important = decls
      .split(';')
      .filter((d) => d.trim() !== '')
      .map((d) => `${d}!important`)
      .join(';');
    return `#prerender [data-pr-style="${id}"]{${important}}`;
  });
  const css = rules.join('\n');
  if (/<\/style/i.test(css)) throw new Error('prerender: a style value would end the <style> element');
  return { html, css };
}

interface PrerenderModule {
  prerender(): string;
  guardScript(): string;
  head(): { title: string; description: string };
}

/** Text for an HTML element or a quoted attribute. */
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The first pack's title and description in place of index.html's placeholders (the page names the race it opens on). */
export function withHead(html: string, head: { title: string; description: string }): string {
  if (!/<title>[^<]*<\/title>/.test(html) || !/<meta name="description" content="[^"]*" \/>/.test(html)) {
    throw new Error('prerender: index.html needs a <title> and a <meta name="description">');
  }
  return html
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(head.title)}</title>`)
    .replace(/<meta name="description" content="[^"]*" \/>/, `<meta name="description" content="${escapeHtml(head.description)}" />`);
}

/**
 * The dev server's index.html gets the same title and description as the build's
 * (src/head.ts reads the registry only: no React, no CSS to load).
 */
export function pageHead(): Plugin {
  let server: ViteDevServer | null = null;
  return {
    name: 'page-head',
    apply: 'serve',
    configureServer(s) {
      server = s;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!server) return html;
        const mod = (await server.ssrLoadModule('/src/head.ts')) as Pick<PrerenderModule, 'head'>;
        return withHead(html, mod.head());
      },
    },
  };
}

export function prerenderDefaultView(): Plugin {
  let root = process.cwd();
  return {
    name: 'prerender-default-view',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const server = await createServer({
          configFile: false,
          root,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const mod = (await server.ssrLoadModule('/src/prerender.tsx')) as PrerenderModule;
          const { html: view, css } = hoistStyles(mod.prerender());
          const guard = `<script id="prerender-guard">${mod.guardScript()}</script>\n    <style>${css}</style>`;
          if (!html.includes('<div id="root"></div>') || !/<meta charset=/.test(html)) {
            throw new Error('prerender: index.html needs <meta charset> and an empty <div id="root">');
          }
          return withHead(html, mod.head())
            .replace(/(<meta charset="[^"]*" \/>)/, `$1\n    ${guard}`)
            .replace('<div id="root"></div>', `<div id="prerender" inert aria-hidden="true">${view}</div>\n    <div id="root"></div>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}
