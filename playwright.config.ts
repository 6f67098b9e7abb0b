import { defineConfig } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with the scripts
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

// Browser tests in real Chromium (Debian's package) against the production build
// served by `vite preview`. scripts/test-all.mjs builds first and ensures Chromium.
// E2E_PORT and E2E_DIST let two runs share a machine (scripts/e2e.mjs sets both).
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  // The app's specs, and a family's own (src/packs/<family>/tests/*.spec.ts: what only
  // that family's literature shows, such as the btrfs v4 commit message's diagram).
  testDir: '.',
  testMatch: [/\/tests\/e2e\/[^/]+\.spec\.ts$/, /\/src\/packs\/[^/]+\/tests\/[^/]+\.spec\.ts$/],
  outputDir: `test-results/${dist}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Timeouts catch hangs, not slowness. With the machine's two cores shared (a full run
  // at load ~20 took 15 min), tests that take 4-6 s alone reached 15-17 s, over half of
  // the former 30 s; waits on the explorer's worker are the longest single waits. Tests
  // that do much more (every preset through the text dialog) set their own budgets.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
