// One thread's program as pseudo-C, kernel function names as headings, with the step
// that runs next and the step just executed marked (by an arrow and a word, not colour
// alone), each step's source, skipped steps with their reason, the thread's status,
// and its Oops log if it died. Props only.

import { useEffect, useRef } from 'react';
import type { EngineState, Frame, Model, Tid } from '../../../engine';
import { MotionBox } from '../../../ui/motion/MotionBox';
import { ThreadTag, threadStyle } from '../../../ui/names';
import { oopsLogOf, threadStatus } from './threadStatus';
import '../state-view.css';

type K = unknown;

export interface ThreadPanelProps {
  model: Model<K>;
  state: EngineState<K>;
  frame: Frame<K> | null;
  /** Every frame executed so far, `frame` last (for step numbers, skips and the Oops). */
  past: readonly Frame<K>[];
  tid: Tid;
}

export function ThreadPanel({ model, state, frame, past, tid }: ThreadPanelProps) {
  const program = model.threads[tid - 1];
  const thread = state.threads[tid - 1];
  const scroller = useRef<HTMLOListElement>(null);
  const status = threadStatus(model, state, tid, past);
  const oops = oopsLogOf(past, tid);
  const pc = thread && thread.status === 'ready' ? thread.pc : -1;
  const justRan = frame?.thread === tid ? frame.index : -1;
  const ran = new Map<number, Frame<K>>();
  for (const f of past) if (f.thread === tid) ran.set(f.index, f);

  // Keep the line that matters in view inside the panel (never scroll the page).
  const focus = oops && frame?.step === oops.step ? 'oops' : pc >= 0 ? pc : justRan;
  useEffect(() => {
    const box = scroller.current;
    if (!box || focus === -1) return;
    const el = box.querySelector<HTMLElement>(focus === 'oops' ? '.sv-console' : `[data-index="${focus}"]`);
    if (!el) return;
    // Show the line with the one before it (often the step that just ran) above it.
    const before = focus === 'oops' ? null : (el.previousElementSibling as HTMLElement | null);
    const top = (before ?? el).offsetTop; // .sv-code is the offsetParent (position: relative)
    const bottom = el.offsetTop + el.offsetHeight;
    if (top < box.scrollTop || bottom > box.scrollTop + box.clientHeight) {
      // The Oops log from its first line; a code line with the one before it, or its end.
      box.scrollTop = focus === 'oops' ? top - 4 : Math.max(0, top - 4, bottom - box.clientHeight + 4);
    }
  }, [focus]);

  if (!program) return null;
  const keys = stepKeys(program.steps);
  return (
    <section className="sv-thread" style={threadStyle(tid)} aria-label={`thread T${tid}: ${program.title}`} data-testid={`thread-${tid}`}>
      <header className="sv-thread__head">
        <ThreadTag tid={tid} /> <code className="sv-thread__title">{program.title}</code>
        <span className={`sv-status sv-status--${status.kind}`} data-testid={`thread-status-${tid}`}>
          {status.text}
        </span>
      </header>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable listing must take focus to scroll by keyboard */}
      <ol className="sv-code" ref={scroller} tabIndex={0} aria-label={`T${tid} code: ${program.title}`}>
        {program.steps.map((step, i) => {
          const prevFn = i > 0 ? program.steps[i - 1]?.fn : undefined;
          const done = ran.get(i);
          const isNext = i === pc;
          const isJust = i === justRan;
          const skipped = done?.skipped ?? null;
          const cls = ['sv-line', isNext ? 'sv-line--next' : '', isJust ? 'sv-line--just' : '', done ? 'sv-line--done' : '', skipped ? 'sv-line--skipped' : '']
            .filter(Boolean)
            .join(' ');
          return (
            <li key={keys[i]} className="sv-code__item" data-index={i}>
              {step.fn !== prevFn ? <p className="sv-code__fn">{step.fn}()</p> : null}
              <div className={cls} aria-current={isNext ? 'step' : undefined}>
                <span className="sv-line__gutter" aria-hidden="true">
                  {isNext ? '▶' : isJust ? '✓' : ''}
                </span>
                <div className="sv-line__body">
                  <div className="sv-line__meta">
                    <code className="sv-line__op">{step.op}</code>
                    <span className="sv-line__src">{step.source.ref}</span>
                    {step.source.inferred ? <em className="tag tag--inferred">inferred</em> : null}
                    {isNext ? <span className="sv-line__tag">next</span> : null}
                    {isJust ? <span className="sv-line__tag sv-line__tag--just">just ran</span> : null}
                    {done ? <span className="sv-muted">step {done.step}</span> : null}
                  </div>
                  <pre className="sv-line__code">{step.code.join('\n')}</pre>
                  {skipped ? (
                    <p className="sv-skipped">
                      <b>skipped:</b> {skipped}
                    </p>
                  ) : null}
                  {isJust ? (
                    <MotionBox
                      tag="span"
                      key={frame?.step}
                      className="sv-line__flash"
                      aria-hidden
                      motion={{ initial: { opacity: 0.6 }, animate: { opacity: 0 }, transition: { duration: 0.8 } }}
                    />
                  ) : null}
                </div>
              </div>
            </li>
          );
        })}
        {oops ? (
          <li className="sv-code__item">
            <figure className="sv-console-box">
              <figcaption className="sv-visually-hidden">
                Kernel log: Oops in T{tid} at step {oops.step}
              </figcaption>
              <pre className="sv-console" data-testid={`oops-log-${tid}`}>
                {oops.log.join('\n')}
              </pre>
            </figure>
          </li>
        ) : null}
      </ol>
    </section>
  );
}

/** Stable keys for a program's steps: the op id and its occurrence (T2 takes buffer_lock twice). */
function stepKeys(steps: readonly { op: string }[]): string[] {
  const seen = new Map<string, number>();
  return steps.map((s) => {
    const n = seen.get(s.op) ?? 0;
    seen.set(s.op, n + 1);
    return `${s.op}#${n}`;
  });
}

export function ThreadPanels(props: Omit<ThreadPanelProps, 'tid'>) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the column scrolls when the threads overflow it
    <section className="sv-threads" data-count={props.model.threads.length} tabIndex={0} aria-label="threads">
      {props.model.threads.map((p) => (
        <ThreadPanel key={p.tid} {...props} tid={p.tid} />
      ))}
    </section>
  );
}
