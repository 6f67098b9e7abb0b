// `npm run bench`: how fast the engine explores and replays, in Node, with devFreeze
// off as in production. Speed is measured and compared with its targets, never
// asserted: a miss is reported, and the exit status stays 0.
//
// The browser part lives in scripts/bench-browser.ts when it exists: its default
// export is run after the Node part (see main below).

import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Model, Tid } from '../src/engine';
import { allFinished, applyStep, enabledThreads, explore, initialState, replay, setDevFreeze } from '../src/engine';
import { importDiagram, MAX_IMPORT_LENGTH, parseDiagram } from '../src/kernel-text';
import { ADVERSARIAL } from '../src/kernel-text/adversarial';
import { getModel, presetSchedule, SCENARIOS } from '../src/packs';

export const TARGETS = {
  /** Whole exploration of two-allocators, per variant. */
  exploreMs: 50,
  /** All three variants of two-allocators together (a stretch goal). */
  exploreAllMs: 50,
  /** One full replay, events included. */
  replayMs: 1,
};

export interface BenchRow {
  scenario: string;
  variant: string;
  states: number;
  /** Median milliseconds of one whole exploration. */
  exploreMs: number;
  /** Fastest run: on a shared machine, the median can carry other processes' load. */
  exploreMinMs: number;
  /** Median milliseconds of one replay of the commit message's schedule. */
  replayCommitMs: number;
  /** Median milliseconds of one replay of a random complete schedule. */
  replayRandomMs: number;
}

/** Median time of `fn` in ms over `runs` timed batches of `batch` calls, after a warm-up. */
export function medianMs(fn: () => void, runs = 15, batch = 1, warmup = 5): number {
  return timesMs(fn, runs, batch, warmup).median;
}

/** Median and fastest time of `fn` in ms over `runs` timed batches of `batch` calls. */
export function timesMs(fn: () => void, runs = 15, batch = 1, warmup = 5): { median: number; min: number } {
  for (let i = 0; i < warmup * batch; i++) fn();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    times.push((performance.now() - t0) / batch);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] as number, min: times[0] as number };
}

/** A complete schedule picked at random (a fixed-seed generator, so runs compare). */
function randomSchedules<K>(model: Model<K>, count: number, seed = 481): Tid[][] {
  let x = seed;
  const next = () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x >>> 8;
  };
  const out: Tid[][] = [];
  for (let n = 0; n < count; n++) {
    let s = initialState(model);
    const schedule: Tid[] = [];
    while (!allFinished(s)) {
      const enabled = enabledThreads(model, s);
      const tid = enabled[next() % enabled.length] as Tid;
      schedule.push(tid);
      s = applyStep(model, s, tid).state;
    }
    out.push(schedule);
  }
  return out;
}

function models(): Array<{ scenario: string; variant: string; model: Model<unknown> }> {
  return SCENARIOS.flatMap(({ id: scenario, variants }) =>
    variants.map(({ id: variant }) => {
      const m = getModel(scenario, variant);
      if (!m.ok) throw new Error(m.error);
      return { scenario, variant, model: m.value as Model<unknown> };
    }),
  );
}

export function nodeBench(): BenchRow[] {
  setDevFreeze(false);
  const all = models();
  // Warm every code path up before timing any of them, so the first row is not the JIT's.
  for (let i = 0; i < 10; i++) {
    for (const { model } of all) {
      replay(model, []);
      explore(model);
    }
  }
  const rows: BenchRow[] = [];
  for (const { scenario, variant, model } of all) {
    const commit = presetSchedule(scenario, variant, 'commit-message');
    const random = randomSchedules(model, 100);
    let i = 0;
    const exploring = timesMs(() => explore(model), 21);
    rows.push({
      scenario,
      variant,
      states: explore(model).states,
      exploreMs: exploring.median,
      exploreMinMs: exploring.min,
      replayCommitMs: medianMs(() => replay(model, commit), 21, 200),
      replayRandomMs: medianMs(() => replay(model, random[i++ % random.length] as Tid[]), 21, 200),
    });
  }
  return rows;
}

const verdict = (ms: number, target: number) => (ms < target ? 'met' : 'MISSED');

export function formatTable(rows: readonly BenchRow[]): string {
  const head = ['scenario', 'variant', 'states', 'explore ms', '(min)', 'states/s', 'target', 'replay ms (commit)', 'replay ms (random)', 'target'];
  const body = rows.map((r) => {
    const timed = r.scenario === 'two-allocators';
    const replayWorst = Math.max(r.replayCommitMs, r.replayRandomMs);
    return [
      r.scenario,
      r.variant,
      String(r.states),
      r.exploreMs.toFixed(2),
      r.exploreMinMs.toFixed(2),
      Math.round(r.states / (r.exploreMs / 1000)).toLocaleString('en-US'),
      timed ? `< ${TARGETS.exploreMs} ${verdict(r.exploreMs, TARGETS.exploreMs)}` : '-',
      r.replayCommitMs.toFixed(4),
      r.replayRandomMs.toFixed(4),
      `< ${TARGETS.replayMs} ${verdict(replayWorst, TARGETS.replayMs)}`,
    ];
  });
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((row) => (row[c] as string).length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c < 2 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number))).join('  ');
  const two = rows.filter((r) => r.scenario === 'two-allocators');
  const all = two.reduce((a, r) => a + r.exploreMs, 0);
  const allMin = two.reduce((a, r) => a + r.exploreMinMs, 0);
  return [
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
    '',
    `two-allocators, all three variants: ${all.toFixed(2)} ms, fastest runs ${allMin.toFixed(2)} ms (stretch target < ${TARGETS.exploreAllMs}: ${verdict(all, TARGETS.exploreAllMs)})`,
  ].join('\n');
}

export const IMPORT_TARGETS = {
  /** parseDiagram on 1 MB of any adversarial text (linear: no input may stall it). */
  parseMs: 200,
  /** importDiagram, parse and match, on adversarial text just under the cap. */
  importMs: 100,
  /** importDiagram refusing a text over the cap. */
  refuseMs: 1,
};

export interface ImportBenchRow {
  input: string;
  /** Length of the 1 MB text, and median ms of parseDiagram on it. */
  bigLength: number;
  parseMs: number;
  /** Median ms of importDiagram on the 1 MB text (refused by the cap). */
  refuseMs: number;
  /** Length of the text just under the cap, and median ms of importDiagram on it. */
  underCapLength: number;
  importMs: number;
}

/** The kernel-text import on texts crafted to be slow (src/kernel-text/adversarial.ts). */
export function importBench(runs = 7): ImportBenchRow[] {
  const m = getModel('two-allocators', 'racy');
  if (!m.ok) throw new Error(m.error);
  const model = m.value;
  return ADVERSARIAL.map(({ name, make }) => {
    const big = make(1024 * 1024);
    const underCap = make(250 * 1024);
    return {
      input: name,
      bigLength: big.length,
      parseMs: medianMs(() => parseDiagram(big), runs, 1, 2),
      refuseMs: medianMs(() => importDiagram(model, big), runs, 100, 2),
      underCapLength: underCap.length,
      importMs: medianMs(() => importDiagram(model, underCap), runs, 1, 2),
    };
  });
}

export function formatImportTable(rows: readonly ImportBenchRow[]): string {
  const head = ['adversarial input', 'chars', 'parse ms', 'target', 'import ms (refused)', 'target', 'chars', 'import ms', 'target'];
  const body = rows.map((r) => [
    r.input,
    r.bigLength.toLocaleString('en-US'),
    r.parseMs.toFixed(1),
    `< ${IMPORT_TARGETS.parseMs} ${verdict(r.parseMs, IMPORT_TARGETS.parseMs)}`,
    r.refuseMs.toFixed(4),
    `< ${IMPORT_TARGETS.refuseMs} ${verdict(r.refuseMs, IMPORT_TARGETS.refuseMs)}`,
    r.underCapLength.toLocaleString('en-US'),
    r.importMs.toFixed(1),
    `< ${IMPORT_TARGETS.importMs} ${verdict(r.importMs, IMPORT_TARGETS.importMs)}`,
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((row) => (row[c] as string).length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  console.log(`node ${process.version}, devFreeze off; medians of 21 runs after warm-up\n`);
  console.log(formatTable(nodeBench()));
  console.log(`\nkernel-text import, in two-allocators/racy: parse of about 1 MB, import of the same (over the cap of ${MAX_IMPORT_LENGTH.toLocaleString('en-US')} characters: refused), import just under the cap; medians of 7 runs\n`);
  console.log(formatImportTable(importBench()));
  const browser = fileURLToPath(new URL('./bench-browser.ts', import.meta.url));
  if (existsSync(browser)) {
    const mod = (await import(pathToFileURL(browser).href)) as { default?: () => unknown };
    if (typeof mod.default === 'function') await mod.default();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    // A crash is a bug in the benchmark, not a slow engine: that one does fail.
    console.error(e);
    process.exitCode = 1;
  });
}
