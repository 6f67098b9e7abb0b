// The shape of the house (STYLE.md, src/README.md), checked for every file of the
// project: what each top folder of src may import, which packages it may use, and
// whether it may touch the DOM (boundary-rules.ts holds the rules). And the scenario
// contract, strictly: nothing outside a pack folder imports inside it (tests, specs and
// scripts included), except the two registries (src/packs/index.ts for the models,
// src/packs/views.ts for pictures); a pack's own code never imports its tests; and no
// stylesheet of the shell names a class a pack's stylesheet defines.

import { describe, expect, it } from 'vitest';
import {
  code,
  cssClasses,
  DOM_GLOBALS,
  domGlobals,
  filesUnder,
  importProblem,
  isTest,
  packClasses,
  packReachProblem,
  type Rule,
  RULES,
  read,
  ruleFor,
  specifiers,
  testImportProblem,
} from './boundary-rules';

const SOURCES = /\.(tsx?|mjs)$/;
const ALL = [...filesUnder('src', SOURCES), ...filesUnder('tests', SOURCES), ...filesUnder('scripts', SOURCES)];
/** The app's own code: every rule applies. */
const APP = ALL.filter((f) => f.startsWith('src/') && !isTest(f));
/** Tests (anywhere), their helpers and data, and scripts: only the pack boundary applies. */
const OTHERS = ALL.filter((f) => !APP.includes(f));

describe('every source file of src has a rule', () => {
  it.each(APP)('%s', (file) => {
    expect(ruleFor(file), `${file} has no rule`).toBeDefined();
  });
});

describe.each(RULES.map((r) => r.dir))('%s', (dir) => {
  const files = APP.filter((f) => ruleFor(f)?.dir === dir);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s imports only what it may', (file) => {
    const rule = ruleFor(file) as Rule;
    const text = read(file);
    for (const spec of specifiers(text)) expect(importProblem(file, spec, rule), `${file}: ${spec}`).toBeNull();
    if (!rule.dom) expect(domGlobals(text), `${file} uses a DOM global`).toEqual([]);
  });
});

describe('tests, specs and scripts reach into no pack but their own', () => {
  it('are found: unit, component, browser and pack tests, their helpers, the scripts', () => {
    for (const f of ['tests/unit/boundaries.test.ts', 'tests/e2e/text.spec.ts', 'tests/fixtures/scenario-variants.ts', 'scripts/bench.ts', 'src/kernel-text/kernel-text.test.ts']) {
      expect(OTHERS).toContain(f);
    }
    expect(OTHERS.some((f) => /^src\/packs\/[^/]+\/tests\/.+\.test\.ts$/.test(f))).toBe(true);
    expect(OTHERS.some((f) => /^src\/packs\/[^/]+\/tests\/.+\.spec\.ts$/.test(f))).toBe(true);
  });

  it.each(OTHERS)('%s', (file) => {
    for (const spec of specifiers(read(file))) expect(testImportProblem(file, spec), `${file}: ${spec}`).toBeNull();
  });
});

describe("the shell's stylesheets name no class a pack defines", () => {
  const css = filesUnder('src', /\.css$/);
  const packCss = css.filter((f) => f.startsWith('src/packs/'));
  const kitCss = css.filter((f) => f.startsWith('src/ui/') || f.startsWith('src/styles/'));
  const defined = packClasses(packCss.map(read), kitCss.map(read));

  it('reads the packs\' classes', () => {
    expect(packCss.length).toBeGreaterThan(0);
    expect(defined.size).toBeGreaterThan(10);
  });

  it.each(css.filter((f) => !f.startsWith('src/packs/')))('%s', (file) => {
    expect([...cssClasses(read(file))].filter((c) => defined.has(c))).toEqual([]);
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
    expect(domGlobals('// the race window opens\nconst w = "window";')).toEqual([]);
    expect(domGlobals('const w = window.innerWidth; document.title = "x";')).toEqual(['window', 'document']);
    // A name the file declares is its own: a race window, say.
    expect(domGlobals('const window = (t: number) => t;\nexport const w = [window(1)];')).toEqual([]);
  });

  it('refuse a reach into a pack from outside, a model importing its picture or its tests, and a UI package in the engine', () => {
    const rule = (f: string) => ruleFor(f) as Rule;
    expect(importProblem('src/components/App.tsx', '../packs/btrfs-subpage/model/state', rule('src/components/App.tsx'))).toMatch(/reaches inside/);
    expect(importProblem('src/packs/index.ts', './btrfs-subpage', rule('src/packs/index.ts'))).toBeNull();
    expect(importProblem('src/packs/btrfs-subpage/model/ops.ts', '../view/Picture', rule('src/packs/btrfs-subpage/model/ops.ts'))).toMatch(/imports its picture/);
    expect(importProblem('src/packs/btrfs-subpage/model/ops.ts', '../tests/helpers', rule('src/packs/btrfs-subpage/model/ops.ts'))).toMatch(/imports its pack's tests/);
    expect(importProblem('src/engine/step.ts', 'react', rule('src/engine/step.ts'))).toMatch(/package react/);
    expect(importProblem('src/worker/handler.ts', '../store', rule('src/worker/handler.ts'))).toMatch(/imports src\/store/);
  });

  it('refuse a test, a spec or a script reaching inside a pack, but for its own tests', () => {
    expect(testImportProblem('tests/unit/x.test.ts', '../../src/packs/btrfs-subpage/model/state')).toMatch(/reaches inside src\/packs\/btrfs-subpage/);
    expect(testImportProblem('tests/e2e/x.spec.ts', '../../src/packs/btrfs-subpage/tests/v4-diagram')).toMatch(/reaches inside/);
    expect(testImportProblem('src/store/x.test.ts', '../packs/btrfs-subpage')).toMatch(/reaches inside/);
    expect(testImportProblem('scripts/bench.ts', '../src/packs/btrfs-subpage/tours')).toMatch(/reaches inside/);
    expect(testImportProblem('tests/unit/x.test.ts', '../../src/packs')).toBeNull();
    expect(testImportProblem('tests/unit/x.test.ts', '../../src/packs/check')).toBeNull();
    expect(testImportProblem('src/packs/btrfs-subpage/tests/x.test.ts', '../model/state')).toBeNull();
    expect(testImportProblem('src/packs/btrfs-subpage/tests/x.test.ts', '../../../../tests/unit/helpers')).toBeNull();
    expect(packReachProblem('src/packs/other/tests/x.test.ts', 'src/packs/btrfs-subpage/model/state.ts')).toMatch(/reaches inside/);
  });

  it('read class names from selectors only, and a pack\'s own classes apart from the kit\'s', () => {
    const css = "/* .not-me */ .a, .b > .c:hover { color: red; background: url('x.y'); }\n@media (max-width: 1.5em) { .d--e { margin: 0.5em; } }";
    expect([...cssClasses(css)].sort()).toEqual(['a', 'b', 'c', 'd--e']);
    expect([...packClasses(['.mine .obj__title { x: 1 }'], ['.obj__title { y: 2 }'])]).toEqual(['mine']);
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
