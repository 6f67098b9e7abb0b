// Where the race comes from: the patch on lore, the landed commit (the pack's links and
// the variant's). Plain links: the app itself never needs the network.

import type { SourceLink } from '../../packs';

export function SourceLinks({ links }: { links: readonly SourceLink[] }) {
  const seen = new Set<string>();
  const unique = links.filter((l) => !seen.has(l.url) && seen.add(l.url));
  return (
    <nav className="header__links" aria-label="Sources">
      {unique.map((l) => (
        <a key={l.url} href={l.url} target="_blank" rel="noopener noreferrer" data-testid="source-link">
          {l.label} ↗
        </a>
      ))}
    </nav>
  );
}
