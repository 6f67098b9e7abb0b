import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspMeta } from './scripts/csp.ts';
import { pageHead, prerenderDefaultView } from './scripts/prerender.ts';

// base './' so the built app works from any path on a static host (and from disk).
// cspMeta: the built index.html carries a strict Content-Security-Policy (scripts/csp.ts).
// The default view is drawn into index.html at build time, and the first pack's title
// and description written into its head, in dev too (scripts/prerender.ts).
export default defineConfig({
  base: './',
  plugins: [react(), pageHead(), prerenderDefaultView(), cspMeta()],
  build: {
    target: 'es2022',
    // Every browser the app supports preloads modules itself (Chromium 66+, Firefox 115+,
    // Safari 17+): the polyfill would only add to the first load.
    modulePreload: { polyfill: false },
    sourcemap: false,
    // Everything the first load needs in one chunk: split into the common chunks the
    // lazy parts share with it, the same code costs several KB more gzipped.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
