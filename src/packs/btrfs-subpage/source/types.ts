// A function's lines as the generated data files hold them (numbers and steps, no text); index.ts adds the
// version, the link and the notes a listing cites (SourceListing, src/packs/contract.ts).

import type { ListingLine } from '../../contract';

export interface ListingLines {
  fn: string;
  file: string;
  lines: readonly ListingLine[];
}
