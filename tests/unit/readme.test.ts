// The top README lists every scenario of the registry (src/packs/index.ts) with exactly
// its variants, and no scenario the app does not have. (That its example link is the
// app's default view is checked in src/permalink/decode.test.ts.)

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/packs';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The "## Scenarios" section's list: each item's scenario id and the variant ids it names. */
function listed(readme: string): Map<string, string[]> {
  const section = /^## Scenarios\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
  const items = section.split(/^- /m).slice(1);
  return new Map(
    items.map((item) => {
      const id = /^`([^`]+)`/.exec(item)?.[1] ?? '';
      const variants = /Variants ((?:`[^`]+`(?:,\s*)?)+)\./.exec(item.replace(/\s+/g, ' '))?.[1] ?? '';
      return [id, [...variants.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string)];
    }),
  );
}

describe('README.md', () => {
  const inReadme = listed(README);

  it.each(SCENARIOS.map((s) => [s.id, s.variants.map((v) => v.id)] as const))('lists %s with its variants %j', (id, variants) => {
    expect(inReadme.get(id), `README.md's "## Scenarios" has no item for ${id}`).toEqual(variants);
  });

  it('lists no scenario the registry lacks', () => {
    const known = new Set(SCENARIOS.map((s) => s.id));
    expect([...inReadme.keys()].filter((id) => !known.has(id))).toEqual([]);
  });

  it('reads the list it checks', () => {
    expect(listed('## Scenarios\n\n- `a`: x. Variants `p`, `q`.\n- `b` (y): z\n  w. Variants `r`.\n\n## Next\n')).toEqual(
      new Map([
        ['a', ['p', 'q']],
        ['b', ['r']],
      ]),
    );
    expect(inReadme.size).toBeGreaterThanOrEqual(SCENARIOS.length);
  });
});
