// Where a link goes, in the words a kernel developer uses for it: a link's label names its
// destination (RACE.md 5a), and a pack may point a step at elixir or at a patch on lore.

const NAMES: Readonly<Record<string, string>> = {
  'elixir.bootlin.com': 'elixir',
  'lore.kernel.org': 'lore',
  'git.kernel.org': 'git.kernel.org',
};

/** "elixir", "lore", or the host itself for any other site. */
export function linkDestination(url: string): string {
  let host: string;
  try {
    host = new URL(url).host;
  } catch {
    return 'the web';
  }
  return NAMES[host] ?? host;
}
