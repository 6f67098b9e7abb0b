// A function's shown lines as the generated data files hold them; index.ts adds the
// version, the link and the notes a listing cites (SourceListing, src/packs/contract.ts).

import type { ListingLine } from '../../contract';

export interface ListingLines {
  fn: string;
  file: string;
  lines: readonly ListingLine[];
}
