// `npm test`: the whole suite, in the order that fails fastest.
// typecheck -> lint -> unit and component tests -> build -> browser tests.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const steps = [
  ['typecheck', bin('tsc'), ['-b']],
  ['lint', bin('biome'), ['check', '.']],
  ['unit', bin('vitest'), ['run']],
  ['build', bin('vite'), ['build']],
  ['browser', bin('playwright'), ['test']],
];

for (const [name, cmd, args] of steps) {
  if (name === 'browser') {
    try {
      process.env.CHROMIUM_PATH = ensureChromium();
    } catch (e) {
      console.error(`\nnpm test: ${e.message}`);
      process.exit(1);
    }
  }
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`\nnpm test: ${name} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}
console.log('\nnpm test: all suites passed');
