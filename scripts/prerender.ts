// Vite plugin (build only): draws the default view into index.html (src/prerender.tsx)
// so the bare address paints before the script runs, and puts the guard that hides
// that copy for any other link at the top of <head>, before the stylesheet.
//
// The view is rendered by a throwaway Vite server in middleware mode (its SSR module
// loader handles the CSS imports and TypeScript), so the build stays one command.

import { createServer, type Plugin } from 'vite';

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
          return html
            .replace(/(<meta charset="[^"]*" \/>)/, `$1\n    ${guard}`)
            .replace('<div id="root"></div>', `<div id="prerender" inert aria-hidden="true">${view}</div>\n    <div id="root"></div>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}
