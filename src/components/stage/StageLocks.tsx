// The locks on a stage, folded to one line: only those held, taken or dropped in this
// step, or waited on, each with its holder; and who spins or sleeps on which. A lock
// nobody touches is not drawn (the main view lists them all).

import type { EngineState, Frame, Model } from '../../engine';
import { blockedBy } from '../../engine';
import { packOf } from '../../packs';
import type { Changes } from '../../ui/changes';
import { ThreadTag } from '../../ui/names';

type K = unknown;

/** The kernel's name without its struct path ("mapping->private_lock" is "private_lock"); an object's own lock keeps its owner ("B->refs_lock"). */
const shortName = (name: string): string => name.replace(/^[a-z_]+->/, '');

export function StageLocks({ model, state, frame, changes }: { model: Model<K>; state: EngineState<K>; frame: Frame<K> | null; changes: Changes }) {
  const tids = state.threads.map((_, i) => i + 1);
  const waits = tids.map((tid) => ({ tid, b: blockedBy(model, state, tid) })).filter((w) => w.b !== null);
  const shown = Object.keys(model.locks).filter((lock) => state.locks[lock] || changes.locks[lock] || waits.some((w) => w.b?.lock === lock));
  const notes = (packOf(model.scenario).lockNotes?.(frame) ?? []).filter((n) => n.active);
  return (
    <section className="st-locks" aria-label="locks" data-testid="locks">
      <span className="st-locks__label">locks:</span>
      {shown.length === 0 && notes.length === 0 ? <span className="st-muted">none held</span> : null}
      {shown.map((lock) => {
        const hold = state.locks[lock] ?? null;
        const change = changes.locks[lock];
        const info = model.locks[lock];
        return (
          <span key={lock} className={`sv-lock st-lock${change ? ' st-lock--changed' : ''}`} data-testid={`lock-${lock}`} title={`${info?.name ?? lock}${info?.note ? `: ${info.note}` : ''}`}>
            <code className="st-lock__name">{shortName(info?.name ?? info?.label ?? lock)}</code>{' '}
            {hold ? <ThreadTag tid={hold.owner} /> : <span className="st-muted">free</span>}
            {change ? <span className="st-lock__change"> ({change.change} by T{change.thread})</span> : null}
          </span>
        );
      })}
      {waits.map(({ tid, b }) => {
        const lock = b ? model.locks[b.lock] : undefined;
        return (
          <span key={tid} className="st-lock st-lock--wait" data-testid={`waiter-${b?.lock ?? ''}`} title={b?.message}>
            {lock ? (
              <>
                <ThreadTag tid={tid} /> {lock.kind === 'sleep' ? 'sleeps' : 'spins'} on <code>{lock.label}</code>
              </>
            ) : (
              // A wait that is not a lock (a retry loop folded into waiting): its own words.
              b?.message
            )}
          </span>
        );
      })}
      {notes.map((n) => (
        <span key={n.name} className="st-lock st-lock--changed" title={n.note}>
          <code className="st-lock__name">{n.name}</code> {n.text}
        </span>
      ))}
    </section>
  );
}
