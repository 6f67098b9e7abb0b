// `npm run build:single`: the whole app as ONE self-contained HTML file (dist-single/
// index.html) that opens from disk (file:) with no server and no network, for a talk
// where the room's network fails. Two small plugins, no dependency:
//  - inlineWorkers: `new Worker(new URL('./x.ts', import.meta.url), ...)` becomes Vite's
//    `?worker&inline` import, so the explorer's worker starts from a blob, not a file
//    (a classic worker: Chrome refuses module workers from blob: URLs on file: pages);
//  - inlineIntoHtml: after bundling, the one JS chunk and the CSS go into index.html
//    and the files they came from are dropped; the page's Content-Security-Policy then
//    allows exactly those inline elements, by their sha256 hashes, and the worker's blob:.
import type { OutputAsset, OutputChunk } from 'rolldown';
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { contentSecurityPolicy, hashSource, inlineScriptHashes, withPolicy } from './scripts/csp.ts';
import base from './vite.config.ts';

const WORKER_URL = /new Worker\(\s*new URL\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)\s*(?:,\s*\{[^}]*\}\s*)?\)/g;

function inlineWorkers(): Plugin {
  return {
    name: 'single-file:inline-workers',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.[cm]?[jt]sx?$/.test(id) || !code.includes('new Worker(')) return null;
      let n = 0;
      const imports: string[] = [];
      const out = code.replace(WORKER_URL, (_m, _q, path: string) => {
        const name = `__InlineWorker${n++}`;
        imports.push(`import ${name} from ${JSON.stringify(`${path}?worker&inline`)};`);
        return `new ${name}()`;
      });
      return n === 0 ? null : { code: `${imports.join('\n')}\n${out}`, map: null };
    },
  };
}

/** Text that can sit inside <script>: a "</script" in the code would end the element. */
const scriptSafe = (js: string) => js.replace(/<\/script/gi, '<\\/script');

/**
 * The text of an inline element as the browser will hash it: HTML parsing turns CR LF
 * and lone CR into LF before any script sees them, so writing them that way changes
 * nothing that runs and keeps the hash exact. A NUL would be replaced by the parser.
 */
function inlineText(text: string, what: string): string {
  if (text.includes('\0')) throw new Error(`single-file: ${what} contains a NUL character, which HTML parsing would replace`);
  return text.replace(/\r\n?/g, '\n');
}

function inlineIntoHtml(): Plugin {
  return {
    name: 'single-file:inline-into-html',
    enforce: 'post',
    // order 'post': after Vite's own generateBundle hooks have finished the chunks
    // (they fill in placeholders such as the preload list).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = Object.values(bundle).find((f): f is OutputAsset => f.type === 'asset' && f.fileName.endsWith('.html'));
        if (!html) return;
        let text = String(html.source);
        const used = new Set<string>();
        // The inline scripts already there (the prerender's guard), then the app's own.
        const scripts: string[] = inlineScriptHashes(text);
        const styles: string[] = [];
        text = text.replace(/<script type="module"[^>]*\ssrc="\.?\/?([^"]+)"[^>]*><\/script>/g, (m, file: string) => {
          const chunk = bundle[file] as OutputChunk | undefined;
          if (chunk?.type !== 'chunk') return m;
          used.add(file);
          const code = inlineText(scriptSafe(chunk.code), file);
          scripts.push(hashSource(code));
          return `<script type="module">${code}</script>`;
        });
        text = text.replace(/<link rel="stylesheet"[^>]*\shref="\.?\/?([^"]+)"[^>]*>/g, (m, file: string) => {
          const css = bundle[file] as OutputAsset | undefined;
          if (css?.type !== 'asset') return m;
          used.add(file);
          const sheet = inlineText(String(css.source).replace(/<\/style/gi, '<\\/style'), file);
          styles.push(hashSource(sheet));
          return `<style>${sheet}</style>`;
        });
        text = text.replace(/<link rel="modulepreload"[^>]*>/g, '');
        // Files from public/ (the favicon) become data: URLs.
        text = text.replace(/(<link\b[^>]*\shref=")\.?\/?([^":]+)("[^>]*>)/g, (m, a: string, file: string, b: string) => {
          const path = `public/${file}`;
          if (!existsSync(path)) return m;
          const type = file.endsWith('.svg') ? 'image/svg+xml' : file.endsWith('.png') ? 'image/png' : 'application/octet-stream';
          return `${a}data:${type};base64,${readFileSync(path).toString('base64')}${b}`;
        });
        // The explorer's worker starts from a blob: URL (inlineWorkers) and inherits this policy.
        html.source = withPolicy(text, contentSecurityPolicy({ scripts, styles, workers: ['blob:'] }));
        for (const file of used) delete bundle[file];
        const left = Object.keys(bundle).filter((f) => f !== html.fileName);
        if (left.length) this.warn(`single-file: not inlined: ${left.join(', ')}`);
      },
    },
  };
}

export default mergeConfig(
  base,
  defineConfig({
    plugins: [inlineWorkers(), inlineIntoHtml()],
    // Chrome refuses module workers from blob: URLs on file: pages; classic ones run.
    worker: { format: 'iife' },
    build: {
      outDir: 'dist-single',
      emptyOutDir: true,
      copyPublicDir: false,
      assetsInlineLimit: () => true,
      cssCodeSplit: false,
      modulePreload: false,
      rolldownOptions: { output: { codeSplitting: false } },
    },
  }),
);
