// The locks of RACE.md section 4: who holds each (and since which step), who spins or
// sleeps on it, and the RCU read side of find_extent_buffer().

import type { EngineState, Frame, Model } from '../../../engine';
import { blockedBy } from '../../../engine';
import type { BtrfsKernel } from '../../../scenarios';
import type { Changes } from '../changes';
import { MotionBox } from '../motion/MotionBox';
import { ChangedMark, LOCK_NAMES, lockName, ThreadTag } from '../names';

type K = BtrfsKernel;

export function LocksPanel({
  model,
  state,
  frame,
  changes,
}: {
  model: Model<K>;
  state: EngineState<K>;
  frame: Frame<K> | null;
  changes: Changes;
}) {
  const tids = state.threads.map((_, i) => i + 1);
  const waits = tids.map((tid) => ({ tid, b: blockedBy(model, state, tid) }));
  const inRcu = frame?.op === 'find_extent_buffer';
  return (
    <section className="sv-box sv-locks" aria-label="locks" data-testid="locks">
      <ul className="sv-locks__list">
        {Object.keys(model.locks).map((lock) => {
          const hold = state.locks[lock] ?? null;
          const info = LOCK_NAMES[lock];
          const change = changes.locks[lock];
          const waiters = waits.filter((w) => w.b?.lock === lock);
          return (
            <li
              key={lock}
              className={`sv-lock${change ? ' sv-chg-box' : ''}${!hold && !change && waiters.length === 0 ? ' sv-lock--idle' : ''}`}
              data-testid={`lock-${lock}`}
              title={info?.note}
            >
              <div className="sv-lock__head">
                <code className="sv-lock__name">{lockName(lock)}</code>
                {model.locks[lock]?.kind === 'sleep' ? <span className="sv-muted">sleeping lock</span> : null}
                {change ? <ChangedMark /> : null}
              </div>
              <div className="sv-lock__holder">
                {hold ? (
                  <MotionBox
                    tag="span"
                    key={`${hold.owner}@${hold.since}`}
                    motion={{ initial: change ? { x: -12, opacity: 0 } : false, animate: { x: 0, opacity: 1 } }}
                  >
                    held by <ThreadTag tid={hold.owner} /> <span className="sv-muted">since step {hold.since}</span>
                  </MotionBox>
                ) : (
                  <span className="sv-muted">free</span>
                )}
                {change && change.change !== 'taken' ? (
                  <span className="sv-lock__change">
                    {' · '}
                    {change.change} by T{change.thread} in this step
                  </span>
                ) : null}
              </div>
              {waiters.map(({ tid, b }) => (
                <div key={tid} className="sv-lock__waiter" data-testid={`waiter-${lock}`}>
                  <ThreadTag tid={tid} /> {model.locks[lock]?.kind === 'sleep' ? 'sleeps' : 'spins'} on it
                  {b ? <span className="sv-visually-hidden">: {b.message}</span> : null}
                </div>
              ))}
            </li>
          );
        })}
        <li className={`sv-lock sv-lock--rcu${inRcu ? ' sv-chg-box' : ''}`} title="rcu_read_lock() excludes no writer; it only delays the eb's free (call_rcu)">
          <div className="sv-lock__head">
            <code className="sv-lock__name">rcu_read_lock()</code>
            {inRcu ? <ChangedMark /> : null}
          </div>
          <div className="sv-lock__holder">
            {inRcu && frame ? (
              <span>
                <ThreadTag tid={frame.thread} /> reads under RCU in this step
              </span>
            ) : (
              <span className="sv-muted">find_extent_buffer(); excludes no one</span>
            )}
          </div>
        </li>
      </ul>
    </section>
  );
}
