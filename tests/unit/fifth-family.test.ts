// The recipe of src/packs/README.md, kept true: a new race family is its folder, one
// line in each registry and its README paragraph. tests/fixtures/family/packs/refcount/
// is such a folder, a family the app does not ship: it was written apart from the app
// and proved by copying it into src/packs/ with nothing else but those lines. The
// sandbox around it mirrors src's shape (tests/fixtures/family/engine, packs/contract.ts,
// presets.ts, views.ts and ui/ re-export the app's own), so the folder is byte for byte
// what would land in src/packs/refcount/, its imports reading the same in both places.
//
// Here: the folder imports only what a pack may; it registers beside the real packs;
// the generic checks run it (state keys, replay, race windows, the default words, moves
// and carries: they walk tests/fixtures/scenario-variants.ts's TEST_SCENARIO_VARIANTS,
// which include it); its shipped lists match its models; its picture and legend render;
// its stylesheet names no class of the shell's.

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { explore, initialState, type Model } from '../../src/engine';
import { registryProblems } from '../../src/packs/check';
import { canonicalLists, fingerprint } from '../../src/permalink/fingerprint';
import { changesOf } from '../../src/ui/changes';
import { refcountPack } from '../fixtures/family/packs/refcount';
import { refcountView } from '../fixtures/family/packs/refcount/view';
import { TEST_PACKS, TEST_REGISTRY, TEST_SCENARIO_VARIANTS } from '../fixtures/scenario-variants';
import {
  cssClasses,
  domGlobals,
  filesUnder,
  importProblem,
  isTest,
  packClasses,
  type Rule,
  read,
  ruleFor,
  specifiers,
  targetOf,
  testImportProblem,
} from './boundary-rules';

const SANDBOX = 'tests/fixtures/family';
const FOLDER = `${SANDBOX}/packs/refcount`;
/** Where a file of the sandbox would be in the app. */
const inApp = (file: string) => `src/${file.slice(SANDBOX.length + 1)}`;

describe('the folder is a pack, as it would be in src/packs/refcount/', () => {
  const files = filesUnder(FOLDER, /\.tsx?$/);

  it('has its model, its scenario, its picture and its own tests', () => {
    const names = files.map((f) => f.slice(FOLDER.length + 1)).sort();
    expect(names).toEqual(expect.arrayContaining(['index.ts', 'model.ts', 'scenario.ts', 'shipped.ts', 'view/index.ts', 'view/Picture.tsx']));
    expect(names.some((n) => /^tests\/.+\.test\.ts$/.test(n))).toBe(true);
  });

  it.each(files)('%s imports only what a pack may, each import found in the app', (file) => {
    const app = inApp(file);
    const rule = ruleFor(app) as Rule;
    const text = read(file);
    for (const spec of specifiers(text)) {
      expect(isTest(app) ? testImportProblem(app, spec) : importProblem(app, spec, rule), `${file}: ${spec}`).toBeNull();
      // What it imports from outside its folder is the app's own module, mirrored here.
      const target = targetOf(file, spec);
      if (target && !target.startsWith(`${FOLDER}/`) && !spec.endsWith('.css')) {
        const bare = (path: string | null) => path?.replace(/\.tsx?$/, '');
        expect(bare(targetOf(app, spec)), `${file}: ${spec}`).toBe(bare(inApp(target)));
      }
    }
    if (!isTest(app) && !rule.dom) expect(domGlobals(text), `${file} uses a DOM global`).toEqual([]);
  });

  it("mirrors the app around it: each module of the sandbox re-exports the app's at the same place", () => {
    const mirrors = filesUnder(SANDBOX, /\.tsx?$/).filter((f) => !f.startsWith(`${FOLDER}/`));
    expect(mirrors.length).toBeGreaterThan(3);
    for (const f of mirrors) {
      const own = inApp(f).replace(/\.tsx?$/, '');
      expect(specifiers(read(f)).map((s) => targetOf(f, s)?.replace(/\.tsx?$/, '').replace(/\/index$/, ''))).toEqual([own.replace(/\/index$/, '')]);
    }
  });
});

describe('registered beside the real packs', () => {
  const scenario = TEST_REGISTRY.scenarioOf('put-twice');

  it('the registry has no problem with it, and finds its scenario and variants', () => {
    // (Copied into src/packs to prove the recipe again, it is the app's own copy here.)
    expect(TEST_PACKS.filter((p) => p.id === refcountPack.id)).toHaveLength(1);
    expect(registryProblems(TEST_PACKS)).toEqual([]);
    expect(scenario.pack.id).toBe(refcountPack.id);
    expect(TEST_SCENARIO_VARIANTS.filter((p) => p.scenario === 'put-twice')).toEqual([
      { scenario: 'put-twice', variant: 'racy' },
      { scenario: 'put-twice', variant: 'dec_if_positive' },
    ]);
  });

  it('explores and replays: a race in racy, none with atomic_dec_if_positive()', () => {
    const racy = explore(TEST_REGISTRY.modelOf('put-twice', 'racy'));
    const fixed = explore(TEST_REGISTRY.modelOf('put-twice', 'dec_if_positive'));
    expect(racy.badSchedules).toBeGreaterThan(0n);
    expect(fixed.badSchedules).toBe(0n);
    expect(TEST_REGISTRY.presetRun('put-twice', 'racy', 'both-check').outcome).toMatchObject({ verdict: 'bug', invariant: 'R1' });
    expect(TEST_REGISTRY.presetRun('put-twice', 'dec_if_positive', 'both-check').outcome).toEqual({ verdict: 'safe' });
  });

  it('every event of every preset has words, the default ones: the pack describes none itself', () => {
    expect(refcountPack.describeEvent).toBeUndefined();
    for (const v of scenario.variants) {
      const m = TEST_REGISTRY.modelOf(scenario.id, v.id);
      const words = TEST_REGISTRY.describerOf(m);
      for (const p of scenario.presets) {
        for (const f of TEST_REGISTRY.presetRun(scenario.id, v.id, p.id).frames) {
          for (const e of f.events) expect(words(e, f)?.text, `${v.id}/${p.id} step ${f.step}: ${e.kind}`).toBeTruthy();
        }
      }
    }
  });

  it("ships today's step lists under their fingerprint, as a link needs", () => {
    const lists = Object.fromEntries(scenario.variants.map((v) => [v.id, TEST_REGISTRY.modelOf(scenario.id, v.id).threads.map((t) => t.steps.map((s) => s.op))]));
    const fp = fingerprint(lists);
    expect(Object.keys(scenario.shipped.lists)).toContain(fp);
    expect(canonicalLists(scenario.shipped.lists[fp] ?? {})).toBe(canonicalLists(lists));
  });
});

describe('its picture', () => {
  const m = TEST_REGISTRY.modelOf('put-twice', 'racy') as Model<unknown>;

  it('draws obj X and what each thread read, before the first step and where the count goes below zero', () => {
    const draw = (state: ReturnType<typeof initialState<unknown>>, frame: Parameters<typeof changesOf>[0]) =>
      renderToStaticMarkup(createElement(refcountView.Picture, { model: m, state, frame, nextFrame: null, past: frame ? [frame] : [], changes: changesOf(frame) }));
    const before = draw(initialState(m), null);
    expect(before).toContain('struct obj');
    expect(before).toContain('has not read the count');
    const run = TEST_REGISTRY.presetRun('put-twice', 'racy', 'both-check');
    const broken = run.frames.find((f) => f.state.broken);
    if (!broken) throw new Error('no break in both-check');
    const after = draw(broken.state, broken);
    expect(after).toContain('refs -1');
    expect(after).toContain('data-alarm="true"');
    expect(after).toContain('read refs = 1');
  });

  it('has a legend, and a stylesheet that names no class of the shell', () => {
    expect(renderToStaticMarkup(createElement(refcountView.Legend))).toContain('obj X');
    const css = filesUnder('src', /\.css$/);
    const kit = css.filter((f) => f.startsWith('src/ui/') || f.startsWith('src/styles/')).map(read);
    const own = packClasses(filesUnder(FOLDER, /\.css$/).map(read), kit);
    expect(own.size).toBeGreaterThan(0);
    const shell = css.filter((f) => !f.startsWith('src/packs/')).flatMap((f) => [...cssClasses(read(f))]);
    expect(shell.filter((c) => own.has(c))).toEqual([]);
  });
});
