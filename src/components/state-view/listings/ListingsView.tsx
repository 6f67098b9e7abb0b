// The Code pane as the kernel reads it: one continuous listing per function, in call
// order: at the cited version's line numbers, what each step does there (its own
// pseudo-C; the kernel's text is at the link), the elided lines counted, and each
// thread's current line marked in its colour (both marks on a line two threads share).
// Above the listings, each thread's status, its last skipped branch, what is inferred,
// and its Oops log if it died. Props only; the data is the pack's (Pack.listings).

import { useEffect, useRef } from 'react';
import type { EngineState, Frame, Model, Tid } from '../../../engine';
import type { SourceListing } from '../../../packs';
import { ThreadTag, threadShape, threadStyle } from '../../../ui/names';
import { oopsLogOf, threadStatus } from '../threads/threadStatus';
import { codeOf, listingRows, stepKey, type ThreadAt, threadsAt, threadsOnLine } from './marks';
import './listings.css';

type K = unknown;

export interface ListingsViewProps {
  model: Model<K>;
  state: EngineState<K>;
  frame: Frame<K> | null;
  past: readonly Frame<K>[];
  listings: readonly SourceListing[];
}

export function ListingsView({ model, state, frame, past, listings }: ListingsViewProps) {
  const at = threadsAt(model, state, past);
  const scroller = useRef<HTMLElement>(null);
  const focusKey = frame ? `${frame.step}` : 'initial';

  // Bring the first marked line into view inside the pane (never scroll the page).
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run when the step shown changes
  useEffect(() => {
    const box = scroller.current;
    const el = box?.querySelector<HTMLElement>('.cv-line--at');
    if (!box || !el) return;
    const top = el.offsetTop - box.offsetTop;
    if (top < box.scrollTop || top + el.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = Math.max(0, top - 40);
  }, [focusKey]);

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable listing must take focus to scroll by keyboard
    <section className="cv" ref={scroller} tabIndex={0} aria-label="the threads' code, as the kernel reads it" data-testid="listings">
      <ul className="cv-threads">
        {at.map((a) => (
          <ThreadStrip key={a.tid} model={model} state={state} past={past} a={a} />
        ))}
      </ul>
      {listings.map((l) => (
        <Listing key={`${l.fn}:${l.file}`} model={model} listing={l} at={at} justRan={frame} />
      ))}
    </section>
  );
}

function ThreadStrip({ model, state, past, a }: { model: Model<K>; state: EngineState<K>; past: readonly Frame<K>[]; a: ThreadAt }) {
  const program = model.threads[a.tid - 1];
  const status = threadStatus(model, state, a.tid, past);
  const oops = oopsLogOf(past, a.tid);
  const inferred = a.current?.source.inferred ?? false;
  return (
    <li className="cv-thread" style={threadStyle(a.tid)} data-testid={`thread-${a.tid}`}>
      <p className="cv-thread__head">
        <ThreadTag tid={a.tid} /> <code className="cv-thread__title">{program?.title}</code>{' '}
        <span className={`sv-status sv-status--${status.kind}`} data-testid={`thread-status-${a.tid}`}>
          {status.text}
        </span>
        {a.current ? <span className="cv-muted">{a.current.source.ref}</span> : null}
        {inferred ? <em className="tag tag--inferred">inferred</em> : null}
      </p>
      {a.last?.skipped ? (
        <p className="sv-skipped">
          <b>skipped</b> (step {a.last.step}, {a.last.def.op}): {a.last.skipped}
        </p>
      ) : null}
      {oops ? (
        <figure className="sv-console-box">
          <figcaption className="sv-visually-hidden">
            Kernel log: Oops in T{a.tid} at step {oops.step}
          </figcaption>
          <pre className="sv-console" data-testid={`oops-log-${a.tid}`}>
            {oops.log.join('\n')}
          </pre>
        </figure>
      ) : null}
    </li>
  );
}

function Listing({ model, listing, at, justRan }: { model: Model<K>; listing: SourceListing; at: readonly ThreadAt[]; justRan: Frame<K> | null }) {
  const rows = listingRows(listing);
  const justKey = justRan ? stepKey(justRan.def) : null;
  return (
    <section className="cv-fn" data-testid="listing" data-fn={listing.fn} aria-label={`${listing.fn}(), ${listing.file}, ${listing.version}`}>
      <header className="cv-fn__head">
        <code className="cv-fn__name">{listing.fn}()</code>
        <span className="cv-muted">
          {listing.file}, {listing.version}
        </span>
        <a href={listing.link.url} target="_blank" rel="noopener noreferrer" className="cv-fn__link" data-testid="listing-link">
          {listing.link.label} ↗
        </a>
        {listing.inferred ? (
          <em className="tag tag--inferred" title={listing.inferred}>
            inferred
          </em>
        ) : null}
      </header>
      {listing.inferred ? <p className="cv-note">inferred: {listing.inferred}</p> : null}
      {listing.numbersNote ? (
        <p className="cv-note" data-testid="numbers-note">
          {listing.numbersNote}
        </p>
      ) : null}
      <ol className="cv-lines">
        {rows.map((row, i) =>
          row.kind === 'gap' ? (
            <li key={row.key} className="cv-gap" data-testid="elision" data-count={row.count ?? ''}>
              <span className="cv-gutter" aria-hidden="true" />
              <span className="cv-text">{row.count === null ? '...' : `... (${row.count} line${row.count === 1 ? '' : 's'})`}</span>
            </li>
          ) : (
            <Line
              key={`l${row.index}`}
              model={model}
              row={row}
              fresh={row.line.steps.filter((k) => !shownBefore(rows, i, k))}
              at={at}
              justKey={justKey}
              justTid={justRan?.thread ?? null}
            />
          ),
        )}
      </ol>
    </section>
  );
}

/** Whether an earlier row of the listing already shows step `key`'s code. */
function shownBefore(rows: ReturnType<typeof listingRows>, i: number, key: string): boolean {
  return rows.slice(0, i).some((r) => r.kind === 'line' && r.line.steps.includes(key));
}

function Line({
  model,
  row,
  fresh,
  at,
  justKey,
  justTid,
}: {
  model: Model<K>;
  row: Extract<ReturnType<typeof listingRows>[number], { kind: 'line' }>;
  /** The steps of this row no earlier row shows: their code is written here, once. */
  fresh: readonly string[];
  at: readonly ThreadAt[];
  justKey: string | null;
  justTid: Tid | null;
}) {
  const { line } = row;
  const here = threadsOnLine(line, at);
  const just = justKey !== null && (line.steps?.includes(justKey) ?? false);
  const cls = ['cv-line', here.length ? 'cv-line--at' : '', just ? 'cv-line--just' : '', 'cv-line--step'].filter(Boolean).join(' ');
  const first = here[0];
  return (
    <li
      className={cls}
      data-line={line.n ?? ''}
      data-at={here.join(' ') || undefined}
      style={first !== undefined ? threadStyle(first) : undefined}
      aria-current={here.length ? 'step' : undefined}
    >
      <span className="cv-gutter" data-testid="line-number" data-first={row.first ?? ''} data-last={row.last ?? ''}>
        {row.first === null ? '' : row.last !== null && row.last !== row.first ? `${row.first}–${row.last}` : row.first}
      </span>
      <span className="cv-marks">
        {here.map((tid) => (
          <span key={tid} className="cv-mark" data-thread={tid} style={threadStyle(tid)} title={`T${tid} is here`}>
            <span aria-hidden="true">{threadShape(tid)}</span>T{tid}
          </span>
        ))}
        {just && justTid !== null && !here.includes(justTid) ? (
          <span className="cv-mark cv-mark--just" style={threadStyle(justTid)} title={`T${justTid} just ran this`}>
            ✓T{justTid}
          </span>
        ) : null}
      </span>
      {/* The step's own pseudo-C at the kernel's lines (the kernel's text is at the listing's link). */}
      {fresh.length === 0 ? (
        <span className="cv-text cv-again">({[...new Set(line.steps.map((k) => k.split(':')[1]))].join(', ')} goes on here)</span>
      ) : (
        <code className="cv-text">{fresh.map((k) => codeOf(model, k).join('\n')).join('\n')}</code>
      )}
    </li>
  );
}
