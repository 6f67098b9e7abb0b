// Runs `npm ci` when node_modules is missing or older than package-lock.json, so that
// `npm start` and `npm test` work on a fresh clone with nothing else typed first. Before
// `npm test`, also makes sure of rsvg-convert (the export tests need it), the way
// test-all.mjs makes sure of Chromium.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { ensureRsvg } from './chromium.mjs';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log('Installing dependencies (npm ci) ...');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}

if (process.env.npm_lifecycle_event === 'pretest') {
  try {
    ensureRsvg();
  } catch (e) {
    console.error(`\nnpm test: ${e.message}`);
    process.exit(1);
  }
}
