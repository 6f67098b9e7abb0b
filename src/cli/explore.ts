// The explore CLI: `npm run --silent explore -- --scenario seed --variant racy --json`.
// Exit status 0 on success, 2 on bad input (with a message naming what and where).

import { explore, parseSchedule, type ReplayResult, replay, setDevFreeze } from '../engine';
import { describerOf, getModel } from '../packs';
import { parseArgs, USAGE } from './args';
import { explorationJson, explorationText, replayJson, replayText } from './report';

function main(argv: readonly string[]): number {
  setDevFreeze(false);
  const args = parseArgs(argv);
  if (!args.ok) {
    if (args.error === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    process.stderr.write(`explore: ${args.error}\n\n${USAGE}\n`);
    return 2;
  }
  const { scenario, variant, schedules, json } = args.value;
  const model = getModel(scenario, variant);
  if (!model.ok) {
    process.stderr.write(`explore: ${model.error}\n`);
    return 2;
  }
  if (schedules.length === 0) {
    const x = explore(model.value);
    process.stdout.write(`${json ? JSON.stringify(explorationJson(x)) : explorationText(x)}\n`);
    return 0;
  }
  let status = 0;
  for (const text of schedules) {
    const parsed = parseSchedule(text);
    const r: ReplayResult<unknown> = parsed.ok
      ? replay(model.value, parsed.value)
      : { ok: false, error: parsed.error, prefix: [] };
    if (!r.ok) status = 2;
    if (json) process.stdout.write(`${JSON.stringify(replayJson(text, r))}\n`);
    else if (r.ok) process.stdout.write(`${replayText(text, r, describerOf(model.value))}\n`);
    else process.stderr.write(`explore: schedule ${JSON.stringify(text)}: ${r.error.message}\n`);
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
