// What the registry checks when it loads (index.ts throws on any problem): the ids a
// link, a tour or the store looks things up by are unique where they must be, and
// every scenario has what the app opens it with. Apart from index.ts so that a test
// can feed it a broken registry.

import type { Pack } from './contract';

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/** Every problem with a list of packs, in words; empty when it is sound. */
export function registryProblems(packs: readonly Pack[]): string[] {
  const out: string[] = [];
  if (packs.length === 0 || !packs[0]?.scenarios.length) out.push('the first pack has no scenario to open by default');
  for (const id of duplicates(packs.map((p) => p.id))) out.push(`pack id ${JSON.stringify(id)} is used twice`);
  // A link names a scenario by its id alone, whatever pack it is in.
  for (const id of duplicates(packs.flatMap((p) => p.scenarios.map((s) => s.id)))) out.push(`scenario id ${JSON.stringify(id)} is used twice`);
  for (const pack of packs) {
    for (const s of pack.scenarios) {
      if (s.variants.length === 0) out.push(`scenario ${s.id} has no variant`);
      if (s.presets.length === 0) out.push(`scenario ${s.id} has no preset`);
      for (const id of duplicates(s.variants.map((v) => v.id))) out.push(`scenario ${s.id} has variant ${JSON.stringify(id)} twice`);
      for (const id of duplicates(s.presets.map((p) => p.id))) out.push(`scenario ${s.id} has preset ${JSON.stringify(id)} twice`);
    }
  }
  return out;
}
