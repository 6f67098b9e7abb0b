// The model's locks: who holds each (and since which step), who spins or sleeps on it;
// then the pack's notes on read sides that exclude no one (RCU).

import type { EngineState, Frame, Model } from '../../engine';
import { blockedBy } from '../../engine';
import { packOf } from '../../packs';
import type { Changes } from '../../ui/changes';
import { MotionBox } from '../../ui/motion/MotionBox';
import { ChangedMark, ThreadTag } from '../../ui/names';

type K = unknown;

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
  const notes = packOf(model.scenario).lockNotes?.(frame) ?? [];
  return (
    <section className="sv-box sv-locks" aria-label="locks" data-testid="locks">
      <ul className="sv-locks__list">
        {Object.keys(model.locks).map((lock) => {
          const hold = state.locks[lock] ?? null;
          const info = model.locks[lock];
          const change = changes.locks[lock];
          const waiters = waits.filter((w) => w.b?.lock === lock);
          return (
            <li
              key={lock}
              className={`sv-lock${change ? ' sv-chg-box' : ''}${!hold && !change && waiters.length === 0 ? ' sv-lock--idle' : ''}`}
              data-testid={`lock-${lock}`}
              title={info?.note}
            >
              <code className="sv-lock__name" title={model.locks[lock]?.kind === 'sleep' ? 'a sleeping lock: a waiter sleeps' : 'a spinlock: a waiter spins'}>
                {info?.name ?? info?.label ?? lock}
              </code>{' '}
              {change ? <ChangedMark /> : null}
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
        {/* A wait on something that is not a lock (a retry loop folded into waiting, StepDef.waits), in its own words. */}
        {waits
          .filter((w) => w.b && !(w.b.lock in model.locks))
          .map(({ tid, b }) => (
            <li key={`wait-${tid}`} className="sv-lock sv-lock--loop sv-chg-box" data-testid={`waiter-${b?.lock ?? ''}`}>
              <ThreadTag tid={tid} /> {b?.message}
            </li>
          ))}
        {notes.map((n) => (
          <li key={n.name} className={`sv-lock sv-lock--note${n.active ? ' sv-chg-box' : ''}`} title={n.note}>
            <code className="sv-lock__name">{n.name}</code> {n.active ? <ChangedMark /> : null}{' '}
            <span className={`sv-lock__holder${n.active ? '' : ' sv-muted'}`}>{n.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
