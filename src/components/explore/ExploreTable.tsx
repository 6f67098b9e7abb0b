// The variants of the current scenario with the explorer's exact numbers (test
// contract: each row is data-testid="explore-row" with data-variant, data-schedules and
// data-bad holding the exact integers as decimal strings, equal to the CLI's).

import { useState } from 'react';
import { findScenario, type VariantDef } from '../../packs';
import { useAppStore } from '../../store';
import type { Store } from '../../store/store';
import type { VariantSummary } from '../../worker/protocol';

const selectRunning = (s: Store) => s.explore.running;
const selectMessage = (s: Store) => s.explore.message;
const selectResults = (s: Store) => s.explore.results;
const selectExploreScenario = (s: Store) => s.exploreScenario;
const selectCancel = (s: Store) => s.cancelExploration;

/** 110456996412 -> "110 456 996 412" (narrow no-break spaces): exact and readable. */
export function groupDigits(n: string): string {
  return n.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}

/** The same with thin spaces, where a line may break: a 12-digit count fits a narrow panel on two lines. */
const groupBreakable = (n: string): string => n.replace(/\B(?=(\d{3})+(?!\d))/g, '\u2009');

/** A variant id that may break after its underscores ("under_alloc"), in a narrow panel. */
function BreakableId({ id }: { id: string }) {
  const parts = id.split('_');
  return (
    <code>
      {parts.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed id never reorder
        <span key={`${p}${i}`}>
          {p}
          {i < parts.length - 1 ? (
            <>
              _<wbr />
            </>
          ) : null}
        </span>
      ))}
    </code>
  );
}

export function ExploreTable({ scenario }: { scenario: string }) {
  const running = useAppStore(selectRunning);
  const message = useAppStore(selectMessage);
  const results = useAppStore(selectResults);
  const exploreScenario = useAppStore(selectExploreScenario);
  const cancelExploration = useAppStore(selectCancel);
  const row = results[scenario] ?? {};
  const variants = findScenario(scenario)?.variants ?? [];
  const mine = running?.scenario === scenario ? running : null;
  return (
    <section className="explore-table" aria-busy={mine ? true : undefined}>
      <table>
        <caption>
          Complete schedules run every thread to its end; a bad one breaks an invariant somewhere.
        </caption>
        <thead>
          <tr>
            <th scope="col">variant</th>
            <th scope="col">schedules</th>
            <th scope="col">bad</th>
            <th scope="col">states</th>
          </tr>
        </thead>
        <tbody>
          {variants.map((v) => (
            <Row key={v.id} info={v} summary={row[v.id]} />
          ))}
        </tbody>
      </table>
      {mine?.slow ? (
        <div className="explore-progress" role="status" data-testid="explore-progress">
          <progress max={mine.total} value={mine.done} /> exploring {scenario}: {mine.done} of {mine.total} variants
          <button type="button" onClick={cancelExploration} data-testid="explore-cancel">
            Cancel
          </button>
        </div>
      ) : null}
      {message ? (
        <p className="explore-message" role="status" data-testid="explore-message">
          {message}
        </p>
      ) : null}
      {!mine && variants.some((v) => !row[v.id]) ? (
        <button type="button" onClick={() => exploreScenario(scenario)} data-testid="explore-start">
          Explore {scenario} again
        </button>
      ) : null}
    </section>
  );
}

function Row({ info, summary }: { info: VariantDef; summary: VariantSummary | undefined }) {
  const variant = info.id;
  const [shown, setShown] = useState(false);
  if (!summary) {
    return (
      <tr data-variant={variant} className="explore-row explore-row--pending">
        <th scope="row">
          <code>{variant}</code>
        </th>
        <td colSpan={3}>…</td>
      </tr>
    );
  }
  const bugs = summary.bad !== '0';
  return (
    <>
      <tr
        data-testid="explore-row"
        data-variant={variant}
        data-schedules={summary.schedules}
        data-bad={summary.bad}
        data-states={summary.states}
        className={bugs ? 'explore-row explore-row--bad' : 'explore-row'}
      >
        <th scope="row" title={info.name}>
          <BreakableId id={variant} />
          {info.inferred ? <em className="tag tag--inferred">inferred</em> : null}{' '}
          <button type="button" className="linklike explore-outcomes-toggle" aria-expanded={shown} onClick={() => setShown(!shown)}>
            {summary.outcomes.length} outcome{summary.outcomes.length === 1 ? '' : 's'} {shown ? '▴' : '▾'}
          </button>
        </th>
        <td className="num">{groupBreakable(summary.schedules)}</td>
        <td className="num">{groupBreakable(summary.bad)}</td>
        <td className="num">{summary.states}</td>
      </tr>
      {shown ? (
        <tr className="explore-outcomes-row">
          <td colSpan={4}>
            <ul className="explore-outcomes" data-testid="explore-outcomes" data-variant={variant}>
              {summary.outcomes.map((o) => (
                <li key={`${o.verdict}|${o.invariant}|${o.summary}`} className={o.verdict === 'bug' ? 'bad' : 'ok'}>
                  <strong>
                    {o.verdict}
                    {o.invariant ? ` ${o.invariant}` : ''}
                  </strong>{' '}
                  in {groupDigits(o.schedules)} schedules: {o.summary}
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ) : null}
    </>
  );
}
