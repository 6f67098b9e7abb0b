// The shape of the house (STYLE.md, src/README.md), checked for every top folder of src:
// what each may import, which packages it may use, and whether it may touch the DOM.
// And the scenario contract: nothing outside a pack folder imports inside it, except the
// two registries (src/packs/index.ts for the models, src/packs/views.ts for pictures).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

const DOM_GLOBALS = /\b(document|window|navigator|localStorage|sessionStorage|HTMLElement|requestAnimationFrame)\b/;

interface Rule {
  /** Folders (or files) whose sources this rule covers; the first matching rule applies. */
  dir: string;
  /** Project paths it may import (folders or files). */
  may: readonly string[];
  /** Packages it may import. */
  packages: RegExp | null;
  dom: boolean;
}

// Pack folders: everything under src/packs/<name>/. Their pictures (view/) are the only
// part of a pack that may use React and the UI kit.
const PACK_VIEW = /^src\/packs\/[^/]+\/view(\/|$)/;
const PACK_DIR = /^src\/packs\/[^/]+\//;
const packOf = (path: string) => (PACK_DIR.test(path) ? path.split('/').slice(0, 3).join('/') : null);

const REGISTRY = ['src/packs/index.ts', 'src/packs/contract.ts', 'src/packs/presets.ts'];
const PERMALINK_PURE = ['carry.ts', 'old-lists.ts', 'fingerprint.ts', 'format.ts', 'params.ts', 'pinned-lists.ts'].map((f) => `src/permalink/${f}`);

const RULES: readonly Rule[] = [
  { dir: 'src/engine', may: ['src/engine'], packages: null, dom: false },
  // A pack's picture: React, the UI kit, its own pack.
  { dir: 'PACK_VIEW', may: ['src/engine', 'src/packs/contract.ts', 'src/packs/views.ts', 'src/ui'], packages: /^react(\/|$)/, dom: true },
  // A pack's model: the engine and the contract only.
  { dir: 'PACK', may: ['src/engine', 'src/packs/contract.ts', 'src/packs/presets.ts'], packages: null, dom: false },
  { dir: 'src/packs/views.ts', may: ['src/ui', 'src/packs/contract.ts'], packages: /^react(\/|$)/, dom: false },
  { dir: 'src/packs', may: ['src/engine', 'src/packs'], packages: null, dom: false },
  { dir: 'src/ui', may: ['src/engine', 'src/ui'], packages: /^(react|framer-motion)(\/|$)/, dom: true },
  { dir: 'src/cli', may: ['src/engine', ...REGISTRY, 'src/cli'], packages: /^node:/, dom: false },
  { dir: 'src/worker', may: ['src/engine', ...REGISTRY, 'src/worker'], packages: null, dom: false },
  { dir: 'src/kernel-text', may: ['src/engine', ...REGISTRY, 'src/kernel-text'], packages: null, dom: false },
  { dir: 'src/store', may: ['src/engine', ...REGISTRY, 'src/worker', 'src/store'], packages: /^(zustand|react)(\/|$)/, dom: false },
  // Reading and writing the address: a tour link too (src/tours), which no other part of permalink knows.
  { dir: 'src/permalink/sync.ts', may: ['src/engine', ...REGISTRY, 'src/store', 'src/permalink', 'src/tours'], packages: null, dom: false },
  { dir: 'src/permalink', may: ['src/engine', ...REGISTRY, 'src/store', 'src/permalink'], packages: null, dom: false },
  // Tours: the store's tour and banner types, and permalink's pure parts (never sync.ts, which imports tours).
  { dir: 'src/tours', may: ['src/engine', ...REGISTRY, 'src/store/tour.ts', 'src/store/view.ts', ...PERMALINK_PURE, 'src/tours'], packages: null, dom: false },
  // The DOM-to-SVG exporter knows no app: it reads whatever page region it is given.
  { dir: 'src/svg-export', may: ['src/svg-export'], packages: null, dom: true },
  { dir: 'src/actions', may: ['src/store', 'src/actions', ...REGISTRY], packages: /^react$/, dom: true },
  // The presenter's channel and protocol: windows come in as arguments, so no DOM here.
  { dir: 'src/presenter', may: ['src/store', 'src/permalink', 'src/actions', 'src/presenter'], packages: null, dom: false },
  {
    dir: 'src/components',
    may: [
      'src/components',
      'src/store',
      'src/actions',
      'src/permalink',
      'src/presenter',
      'src/tours',
      'src/kernel-text',
      'src/worker',
      'src/ui',
      'src/engine',
      ...REGISTRY,
      'src/packs/views.ts',
      // The exporter through its front door only.
      'src/svg-export/index.ts',
    ],
    packages: /^(react|react-dom|zustand|framer-motion|@dnd-kit)(\/|$)/,
    dom: true,
  },
  { dir: 'src/head.ts', may: REGISTRY, packages: null, dom: false },
  { dir: 'src/prerender.tsx', may: ['src/components', 'src/permalink', 'src/store', 'src/head.ts'], packages: /^react(-dom)?(\/|$)/, dom: true },
  { dir: 'src/main.tsx', may: ['src/components', 'src/engine', 'src/permalink', 'src/presenter', 'src/store', 'src/styles', 'src/tours/address.ts'], packages: /^react(-dom)?(\/|$)/, dom: true },
];

function ruleFor(file: string): Rule | undefined {
  return RULES.find((r) => {
    if (r.dir === 'PACK_VIEW') return PACK_VIEW.test(file);
    if (r.dir === 'PACK') return PACK_DIR.test(file);
    return file === r.dir || file.startsWith(`${r.dir}/`);
  });
}

const inside = (target: string, allowed: string) => target === allowed || target.startsWith(`${allowed}/`);

/** The file an import resolves to: `../packs` is src/packs/index.ts, `./x` is x.ts or x.tsx. */
function resolveFile(path: string): string {
  for (const ext of ['', '.ts', '.tsx']) {
    const p = `${path}${ext}`;
    if (existsSync(join(ROOT, p)) && statSync(join(ROOT, p)).isFile()) return p;
  }
  for (const index of ['index.ts', 'index.tsx']) if (existsSync(join(ROOT, path, index))) return `${path}/${index}`;
  return path;
}

/** The problems with one import of `file`: a folder it may not reach, or another pack's inside. */
function importProblem(file: string, spec: string, rule: Rule): string | null {
  if (!spec.startsWith('.')) {
    if (spec.endsWith('.css')) return null;
    return rule.packages?.test(spec) ? null : `imports the package ${spec}`;
  }
  if (/\.css$/.test(spec)) return null;
  const target = resolveFile(relative(ROOT, resolve(ROOT, file, '..', spec)));
  const own = packOf(file);
  const targetPack = packOf(target);
  // Inside a pack folder: only that pack itself, and only through the registries from outside.
  if (targetPack && targetPack !== own && file !== 'src/packs/index.ts' && file !== 'src/packs/views.ts') {
    return `reaches inside ${targetPack} (use src/packs/index.ts or views.ts)`;
  }
  if (own && targetPack === own) {
    // A pack's model never imports its picture.
    if (!PACK_VIEW.test(file) && PACK_VIEW.test(target)) return `imports its picture ${target}`;
    return null;
  }
  return rule.may.some((a) => inside(target, a)) || (targetPack && (file === 'src/packs/index.ts' || file === 'src/packs/views.ts'))
    ? null
    : `imports ${target}`;
}

const FILES = sources('src');

describe('every source file of src has a rule', () => {
  it.each(FILES)('%s', (file) => {
    expect(ruleFor(file), `${file} has no rule`).toBeDefined();
  });
});

describe.each(RULES.map((r) => r.dir))('%s', (dir) => {
  const files = FILES.filter((f) => ruleFor(f)?.dir === dir);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s imports only what it may', (file) => {
    const rule = ruleFor(file) as Rule;
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const spec of specifiers(text)) expect(importProblem(file, spec, rule), `${file}: ${spec}`).toBeNull();
    if (!rule.dom) expect(code(text), `${file} uses a DOM global`).not.toMatch(DOM_GLOBALS);
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

  it('refuse a reach into a pack from outside, a model importing its picture, and a UI package in the engine', () => {
    const rule = (f: string) => ruleFor(f) as Rule;
    expect(importProblem('src/components/App.tsx', '../packs/btrfs-subpage/model/state', rule('src/components/App.tsx'))).toMatch(/reaches inside/);
    expect(importProblem('src/packs/index.ts', './btrfs-subpage', rule('src/packs/index.ts'))).toBeNull();
    expect(importProblem('src/packs/btrfs-subpage/model/ops.ts', '../view/Picture', rule('src/packs/btrfs-subpage/model/ops.ts'))).toMatch(
      /imports its picture/,
    );
    expect(importProblem('src/engine/step.ts', 'react', rule('src/engine/step.ts'))).toMatch(/package react/);
    expect(importProblem('src/worker/handler.ts', '../store', rule('src/worker/handler.ts'))).toMatch(/imports src\/store/);
  });

  it('keep the SVG exporter free of the app, and the app at its front door', () => {
    const rule = (f: string) => ruleFor(f) as Rule;
    const file = 'src/svg-export/domToSvg.ts';
    expect(importProblem(file, '../store', rule(file))).toMatch(/imports src\/store/);
    expect(importProblem(file, '../components/share/links', rule(file))).toMatch(/imports src\/components/);
    expect(importProblem(file, 'dom-to-svg', rule(file))).toMatch(/package dom-to-svg/);
    expect(importProblem(file, './svgTree', rule(file))).toBeNull();
    const app = 'src/components/share/frameImage.ts';
    expect(importProblem(app, '../../svg-export', rule(app))).toBeNull();
    expect(importProblem(app, '../../svg-export/domToSvg', rule(app))).toMatch(/imports src\/svg-export\/domToSvg.ts/);
  });
});
