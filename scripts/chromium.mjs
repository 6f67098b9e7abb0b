// Finds the Chromium the browser tests and the benchmark drive, and rsvg-convert, which
// the export tests render the exported SVG with (as a slide tool would). Nothing is ever
// downloaded: we use Debian's packages (installed with apt when we are root and one is
// missing), or the browser named by CHROMIUM_PATH.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

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

/** Installs a Debian package when we are root with apt; false when we cannot. */
function aptInstall(what, pkg) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) return false;
  console.log(`${what} not found: installing Debian package "${pkg}" with apt-get ...`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', pkg], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return true;
}

/** The path of a usable Chromium, installing Debian's package if we can; else a clear error. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (aptInstall('Chromium', 'chromium')) {
    const after = findChromium();
    if (after) return after;
  }
  throw new Error(
    'No Chromium found for the browser tests. Install it (Debian: `sudo apt-get install chromium`) ' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary, e.g. CHROMIUM_PATH=/path/to/chrome npm test',
  );
}

export function findRsvg() {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return dirs.map((d) => join(d, 'rsvg-convert')).find((p) => existsSync(p)) ?? null;
}

/** The path of rsvg-convert, installing Debian's librsvg2-bin if we can; else a clear error. */
export function ensureRsvg() {
  const found = findRsvg();
  if (found) return found;
  if (aptInstall('rsvg-convert', 'librsvg2-bin')) {
    const after = findRsvg();
    if (after) return after;
  }
  throw new Error('No rsvg-convert found for the export tests. Install it (Debian: `sudo apt-get install librsvg2-bin`).');
}
