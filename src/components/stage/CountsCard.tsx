// The explorer's counts on a stage (a tour stop's card, StopCard 'explorer-counts'): for
// each variant of the scenario, its schedules, bad schedules and states, and the
// shortest counterexample, all as the explorer (in its Web Worker) counts them. Nothing
// here is written down: a stop that shows it asks the worker when it opens.

import { useEffect } from 'react';
import { contextSwitches, formatSchedule } from '../../engine';
import { findVariant, variantIds } from '../../packs';
import type { Store } from '../../store';
import { useAppStore, useAppStoreApi } from '../../store';

const selectResults = (s: Store) => s.explore.results;
const selectRunning = (s: Store) => s.explore.running;

/** 894211 as "894,211": counts are read aloud from the back row. */
export const grouped = (decimal: string): string => decimal.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function CountsCard({ scenario }: { scenario: string }) {
  const store = useAppStoreApi();
  const results = useAppStore(selectResults)[scenario];
  const running = useAppStore(selectRunning);
  useEffect(() => {
    store.getState().exploreScenario(scenario);
  }, [store, scenario]);
  const ids = variantIds(scenario);
  const shortest = ids.map((v) => results?.[v]).find((r) => r?.shortest);
  return (
    <aside className="st-card st-counts" aria-label="The explorer's counts" data-testid="counts-card" data-scenario={scenario}>
      <h3 className="st-counts__title">Every schedule of {scenario}, counted by the explorer</h3>
      <table className="st-counts__table">
        <thead>
          <tr>
            <th scope="col">variant</th>
            <th scope="col">schedules</th>
            <th scope="col">bad</th>
            <th scope="col">states</th>
          </tr>
        </thead>
        <tbody>
          {ids.map((v) => {
            const r = results?.[v];
            return (
              <tr key={v} data-testid="counts-row" data-variant={v} data-schedules={r?.schedules ?? ''} data-bad={r?.bad ?? ''} data-states={r ? String(r.states) : ''}>
                <th scope="row" title={findVariant(scenario, v)?.name}>
                  <code>{v}</code>
                </th>
                <td>{r ? grouped(r.schedules) : '…'}</td>
                <td className={r && r.bad !== '0' ? 'st-counts__bad' : undefined}>{r ? grouped(r.bad) : '…'}</td>
                <td>{r ? r.states.toLocaleString('en-US') : '…'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {shortest?.shortest ? (
        <p className="st-counts__shortest" data-testid="counts-shortest">
          Shortest counterexample ({shortest.variant}): <code>{formatSchedule(shortest.shortest)}</code>, {shortest.shortest.length} steps,{' '}
          {contextSwitches(shortest.shortest)} context switch{contextSwitches(shortest.shortest) === 1 ? '' : 'es'}
        </p>
      ) : results && ids.every((v) => results[v]) ? (
        <p className="st-counts__shortest">No variant has a bad schedule.</p>
      ) : (
        <p className="st-muted">{running?.scenario === scenario ? `Counting… ${running.done} of ${running.total} variants` : 'Counting…'}</p>
      )}
    </aside>
  );
}
