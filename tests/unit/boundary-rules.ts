// The shape of the house as data (STYLE.md, src/README.md): what each top folder of src
// may import, which packages and whether the DOM; which files are tests; what a pack
// folder is and what reaches inside it; and the class names a CSS file names. Read by
// boundaries.test.ts, and by fifth-family.test.ts to hold the fixture family to a
// pack's rules. Pure functions of paths and texts, so a test can feed them a violation.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');

/** Every file under `dir` (project-relative) whose name matches `name`, node_modules aside. */
export function filesUnder(dir: string, name: RegExp): string[] {
  const out: string[] = [];
  if (!existsSync(join(ROOT, dir))) return out;
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...filesUnder(path, name));
    } else if (name.test(entry.name)) out.push(path);
  }
  return out;
}

export const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

/** Every module specifier in import/export-from statements and dynamic import() calls. */
export function specifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]/gm)) out.push(m[1] as string);
  for (const m of text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) out.push(m[1] as string);
  for (const m of text.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]/g)) out.push(m[1] as string);
  return out;
}

/** Code without comments and string contents, so a comment may still say "window". */
export function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""');
}

export const DOM_GLOBALS = /\b(document|window|navigator|localStorage|sessionStorage|HTMLElement|requestAnimationFrame)\b/;

/**
 * The DOM globals a file's code uses. A name the file declares itself is its own, not
 * the DOM's: a race window is a domain word here, and a pack may well call a local
 * `window`.
 */
export function domGlobals(text: string): string[] {
  const c = code(text);
  const own = new Set([...c.matchAll(/\b(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)].map((m) => m[1] as string));
  return [...new Set([...c.matchAll(new RegExp(DOM_GLOBALS.source, 'g'))].map((m) => m[1] as string))].filter((g) => !own.has(g));
}

/**
 * A test: a `*.test.ts(x)` or `*.spec.ts` anywhere, anything under tests/, and a pack's
 * own tests folder (src/packs/<pack>/tests/, its helpers and data included). Tests may
 * import anything but another pack's inside; the rest of src follows RULES.
 */
export function isTest(file: string): boolean {
  return /\.(test|spec)\.tsx?$/.test(file) || file.startsWith('tests/') || /^src\/packs\/[^/]+\/tests\//.test(file);
}

export interface Rule {
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
export const packOf = (path: string): string | null => (PACK_DIR.test(path) ? path.split('/').slice(0, 3).join('/') : null);
/** The registries: the only files outside a pack that import inside it. */
export const REGISTRIES: readonly string[] = ['src/packs/index.ts', 'src/packs/views.ts'];

const REGISTRY = ['src/packs/index.ts', 'src/packs/contract.ts', 'src/packs/presets.ts'];
const PERMALINK_PURE = ['carry.ts', 'old-lists.ts', 'fingerprint.ts', 'format.ts', 'params.ts', 'pinned-lists.ts'].map((f) => `src/permalink/${f}`);

export const RULES: readonly Rule[] = [
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

/** The rule of a source file of the app (not a test: see isTest). */
export function ruleFor(file: string): Rule | undefined {
  return RULES.find((r) => {
    if (r.dir === 'PACK_VIEW') return PACK_VIEW.test(file);
    if (r.dir === 'PACK') return PACK_DIR.test(file);
    return file === r.dir || file.startsWith(`${r.dir}/`);
  });
}

const inside = (target: string, allowed: string) => target === allowed || target.startsWith(`${allowed}/`);

/** The file an import resolves to: `../packs` is src/packs/index.ts, `./x` is x.ts or x.tsx. */
export function resolveFile(path: string): string {
  for (const ext of ['', '.ts', '.tsx']) {
    const p = `${path}${ext}`;
    if (existsSync(join(ROOT, p)) && statSync(join(ROOT, p)).isFile()) return p;
  }
  for (const index of ['index.ts', 'index.tsx']) if (existsSync(join(ROOT, path, index))) return `${path}/${index}`;
  return path;
}

/** Where an import of `file` goes, project-relative (null for a package). */
export function targetOf(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  return resolveFile(relative(ROOT, resolve(ROOT, file, '..', spec)));
}

/**
 * The problem with a reach into a pack, for any file of the project: from outside the
 * pack only the registries may (tests and scripts included); inside it, the pack's own
 * code never imports its tests, nor its model its picture.
 */
export function packReachProblem(file: string, target: string): string | null {
  const own = packOf(file);
  const targetPack = packOf(target);
  if (!targetPack) return null;
  if (targetPack !== own) return REGISTRIES.includes(file) ? null : `reaches inside ${targetPack} (use src/packs/index.ts or views.ts)`;
  if (!isTest(file) && isTest(target)) return `imports its pack's tests ${target}`;
  if (!isTest(file) && !PACK_VIEW.test(file) && PACK_VIEW.test(target)) return `imports its picture ${target}`;
  return null;
}

/** The problem with one import of an app source file under its rule, or null. */
export function importProblem(file: string, spec: string, rule: Rule): string | null {
  if (!spec.startsWith('.')) {
    if (spec.endsWith('.css')) return null;
    return rule.packages?.test(spec) ? null : `imports the package ${spec}`;
  }
  if (/\.css$/.test(spec)) return null;
  const target = targetOf(file, spec) as string;
  const reach = packReachProblem(file, target);
  if (reach) return reach;
  if (packOf(target) && (packOf(target) === packOf(file) || REGISTRIES.includes(file))) return null;
  return rule.may.some((a) => inside(target, a)) ? null : `imports ${target}`;
}

/** The problem with one import of a test or a script: only a reach into a pack (packOf). */
export function testImportProblem(file: string, spec: string): string | null {
  const target = targetOf(file, spec);
  return target === null || spec.endsWith('.css') ? null : packReachProblem(file, target);
}

/** The class names a stylesheet names in its selectors (comments and declarations aside). */
export function cssClasses(css: string): Set<string> {
  const out = new Set<string>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  // Each selector list runs up to a `{`, after the previous `{`, `}` or `;`.
  for (const m of text.matchAll(/([^{};]+)\{/g)) {
    const selector = (m[1] as string).trim();
    if (selector.startsWith('@')) continue;
    for (const c of selector.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)) out.add(c[1] as string);
  }
  return out;
}

/**
 * The classes a pack defines: those its stylesheets name, but for the shared kit's
 * (src/ui, src/styles), which a pack's picture uses and may refine under its own root.
 */
export function packClasses(packCss: readonly string[], kitCss: readonly string[]): Set<string> {
  const kit = new Set(kitCss.flatMap((t) => [...cssClasses(t)]));
  return new Set(packCss.flatMap((t) => [...cssClasses(t)]).filter((c) => !kit.has(c)));
}
