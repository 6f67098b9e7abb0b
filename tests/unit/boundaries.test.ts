// The shape of the house (STYLE.md): src/engine is pure TypeScript that imports only
// itself; src/scenarios imports only the engine. Neither touches a UI library or the DOM.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(path));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** Every module specifier in import/export-from statements and dynamic import() calls. */
function specifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]/gm)) out.push(m[1] as string);
  for (const m of text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) out.push(m[1] as string);
  for (const m of text.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]/g)) out.push(m[1] as string);
  return out;
}

/** Code without comments and string contents, so a comment may still say "window". */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""');
}

const UI_PACKAGES = /^(react|react-dom|zustand|framer-motion|motion|@dnd-kit)(\/|$)/;
const DOM_GLOBALS = /\b(document|window|navigator|localStorage|sessionStorage|HTMLElement|requestAnimationFrame)\b/;

describe.each([
  { dir: 'src/engine', allowed: ['src/engine'] },
  { dir: 'src/scenarios', allowed: ['src/engine', 'src/scenarios'] },
])('$dir', ({ dir, allowed }) => {
  const files = sources(dir);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files)('%s imports only what it may', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const spec of specifiers(text)) {
      expect(spec, `${file} imports ${spec}`).not.toMatch(UI_PACKAGES);
      // Relative imports must stay inside the allowed folders; bare ones are packages.
      expect(spec.startsWith('.'), `${file} imports the package ${spec}`).toBe(true);
      const target = relative(ROOT, resolve(ROOT, file, '..', spec));
      expect(
        allowed.some((a) => target === a || target.startsWith(`${a}/`)),
        `${file} imports ${target}`,
      ).toBe(true);
    }
    expect(code(text), `${file} uses a DOM global`).not.toMatch(DOM_GLOBALS);
  });
});

describe('the checks themselves', () => {
  it('see imports, re-exports, dynamic imports and DOM use', () => {
    const sample = [
      "import { create } from 'zustand';",
      "import type { FC } from 'react';",
      "export { x } from '../components/x';",
      "const m = await import('framer-motion');",
      "import '@dnd-kit/core';",
      'import {\n  useStore,\n  type StoreApi,\n} from "zustand/react";',
    ].join('\n');
    expect(specifiers(sample)).toEqual(['zustand', 'react', '../components/x', 'zustand/react', '@dnd-kit/core', 'framer-motion']);
    expect(code('// the race window opens\nconst w = "window";')).not.toMatch(DOM_GLOBALS);
    expect(code('const w = window.innerWidth;')).toMatch(DOM_GLOBALS);
  });
});
