// Vite plugin (build only): draws the default view into index.html (src/prerender.tsx)
// so the bare address paints before the script runs, and puts the guard that hides
// that copy for any other link at the top of <head>, before the stylesheet.
//
// The view is rendered by a throwaway Vite server in middleware mode (its SSR module
// loader handles the CSS imports and TypeScript), so the build stays one command.

import { createServer, type Plugin } from 'vite';

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
          const view = mod.prerender();
          const guard = `<script>${mod.guardScript()}</script>`;
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
