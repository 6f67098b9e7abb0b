// Builds into E2E_DIST (default dist) and runs the browser tests against it on
// E2E_PORT (default 4173). Extra arguments go to `playwright test` (e.g. a spec file).
//   E2E_DIST=dist-b E2E_PORT=4183 node scripts/e2e.mjs tests/e2e/timeline.spec.ts
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

const dist = process.env.E2E_DIST ?? 'dist';
process.env.CHROMIUM_PATH = ensureChromium();
const build = spawnSync('node_modules/.bin/vite', ['build', '--outDir', dist, '--emptyOutDir'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status || 1);
const r = spawnSync('node_modules/.bin/playwright', ['test', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
process.exit(r.status ?? 1);
