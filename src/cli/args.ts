// Argument parsing for the explore CLI, total: every problem is a message, never a throw.

import type { Result } from '../engine';
import { SCENARIOS } from '../packs';

export interface CliArgs {
  scenario: string;
  variant: string;
  schedules: string[];
  json: boolean;
}

export const USAGE = `usage: npm run --silent explore -- --scenario <id> --variant <id> [--schedule <digits> ...] [--json]

  --scenario   ${SCENARIOS.map((s) => s.id).join(' | ')}
  --variant    the scenario's own: ${SCENARIOS.map((s) => `${s.id}: ${s.variants.map((v) => v.id).join(' | ')}`).join('; ')}
  --schedule   thread digits, one per step (e.g. 1111111222222222222111111);
               may repeat; without it the whole state graph is explored
  --json       machine-readable output (one object, or one line per schedule)`;

export function parseArgs(argv: readonly string[]): Result<CliArgs, string> {
  const out: CliArgs = { scenario: '', variant: '', schedules: [], json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | null => {
      if (inline !== undefined) return inline;
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) return null;
      i++;
      return v;
    };
    switch (flag) {
      case '--json':
        out.json = true;
        break;
      case '--scenario':
      case '--variant':
      case '--schedule': {
        const v = value();
        if (v === null) return { ok: false, error: `${flag} needs a value` };
        if (flag === '--scenario') out.scenario = v;
        else if (flag === '--variant') out.variant = v;
        else out.schedules.push(v);
        break;
      }
      case '--help':
      case '-h':
        return { ok: false, error: 'help' };
      default:
        return { ok: false, error: `unknown argument ${JSON.stringify(arg)}` };
    }
  }
  if (!out.scenario) return { ok: false, error: '--scenario is required' };
  if (!out.variant) return { ok: false, error: '--variant is required' };
  return { ok: true, value: out };
}
