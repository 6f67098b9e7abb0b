// Saving and opening a tour: as a file (<title>.tour.json) and as a link. A link longer
// than MAX_TOUR_LINK is not offered; the message says how long it is and to save a file.
// A file that is partly broken opens with the banner a broken link gets, its valid
// stops kept; one that is not a tour at all changes nothing and says why.

import { useId, useMemo, useRef, useState } from 'react';
import { type Tour, useAppStoreApi } from '../../store';
import { decodeTour } from '../../tours/decode';
import { encodeTour, tourFileName } from '../../tours/format';
import { tourIssue, tourLinkFor } from '../../tours/link';
import { pageBase } from '../share/links';
import { useCopied } from '../share/useCopied';
import { downloadText, readTourFile } from './files';

export function TourFiles({ draft, replace }: { draft: Tour; replace: (tour: Tour, message: string) => void }) {
  const store = useAppStoreApi();
  const titleId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, copy] = useCopied();
  const [opened, setOpened] = useState<string | null>(null);
  const empty = draft.stops.length === 0;
  // Encoding a tour takes well under a millisecond; redone only when the tour changes.
  const link = useMemo(() => tourLinkFor(draft, pageBase()), [draft]);

  const open = async (file: File) => {
    setOpened(null);
    const read = await readTourFile(file);
    const d = read.ok ? decodeTour(read.text) : ({ ok: false, reason: read.reason } as const);
    store.getState().setIssue(tourIssue(d, 'file'));
    if (!d.ok) return setOpened(`${file.name} was not opened: ${d.reason}.`);
    if (d.tour.stops.length === 0) return setOpened(`${file.name} has no stop this app can show; nothing was changed.`);
    const n = d.tour.stops.length;
    replace(d.tour, `Opened ${file.name}: ${n} ${n === 1 ? 'stop' : 'stops'}${d.dropped ? `, ${d.dropped} left out (see the banner)` : ''}.`);
  };

  return (
    <section className="tour-panel__section" aria-labelledby={titleId}>
      <h3 id={titleId}>Save and open</h3>
      <div className="tour-panel__row">
        <button type="button" data-testid="tour-save" disabled={empty} onClick={() => downloadText(encodeTour(draft), tourFileName(draft))}>
          Save as file
        </button>
        <button type="button" data-testid="tour-open-file" onClick={() => input.current?.click()}>
          Open a tour file…
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="tour-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared so that the same file can be opened again.
            e.target.value = '';
            if (file) void open(file);
          }}
        />
        <button type="button" data-testid="tour-copy-link" disabled={empty || !link.ok} onClick={() => link.ok && copy(link.url)}>
          Copy link
        </button>
        <span className="tour-panel__copied" aria-live="polite" data-testid="tour-copy-link-status">
          {status}
        </span>
      </div>
      {!empty && !link.ok ? (
        <p className="tour-panel__warn" role="status" data-testid="tour-link-too-long">
          {link.message}
        </p>
      ) : null}
      {opened ? (
        <p className="tour-panel__warn" role="status" data-testid="tour-file-status">
          {opened}
        </p>
      ) : null}
    </section>
  );
}
