// Finds the Chromium the browser tests and the benchmark drive. Nothing is ever
// downloaded: we use Debian's package (installed with apt when we are root and it is
// missing), or the browser named by CHROMIUM_PATH.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
  }
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** The path of a usable Chromium, installing Debian's package if we can; else a clear error. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (root && hasApt) {
    console.log('Chromium not found: installing Debian package "chromium" with apt-get ...');
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const after = findChromium();
    if (after) return after;
  }
  throw new Error(
    'No Chromium found for the browser tests. Install it (Debian: `sudo apt-get install chromium`) ' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary, e.g. CHROMIUM_PATH=/path/to/chrome npm test',
  );
}
