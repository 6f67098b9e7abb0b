import { defineConfig } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with the scripts
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

// Browser tests in real Chromium (Debian's package) against the production build
// served by `vite preview`. scripts/test-all.mjs builds first and ensures Chromium.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173/',
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    command: 'node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173/',
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
