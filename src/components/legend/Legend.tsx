// The legend: what each panel shows, how to drag a step, and every key (listed from
// the action registry, so it cannot drift from what the keys do). One click away
// ("? Legend" in the playback bar, or the "?" key). It never opens by itself: a first
// visit gets the one-line IntroStrip instead, which points here.

import { useCallback, useEffect, useRef, useState } from 'react';
import { actionsOf, LEGEND_EVENT } from '../../actions/registry';
import { TALK_KEY_LIST } from '../talk/TalkLayer';
import { useModalDialog } from '../useModalDialog';
import './legend.css';

export function Legend() {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const onOpen = () => {
      opener.current = document.activeElement;
      setOpen(true);
    };
    window.addEventListener(LEGEND_EVENT, onOpen);
    return () => window.removeEventListener(LEGEND_EVENT, onOpen);
  }, []);

  useModalDialog(ref, open);

  const close = useCallback(() => {
    setOpen(false);
    const back = opener.current;
    if (back instanceof HTMLElement) back.focus();
  }, []);

  return (
    <dialog
      ref={ref}
      className="legend"
      aria-labelledby="legend-title"
      data-testid="legend"
      onClose={() => open && close()}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      {/* The content exists only while the legend is open: the first screen does not carry it. */}
      {open ? (
        <div className="legend__panel">
          <header className="legend__head">
            <h2 id="legend-title">How to read this</h2>
            <button type="button" className="legend__close" onClick={close}>
              Close <kbd>Esc</kbd>
            </button>
          </header>
          <div className="legend__cols">
            <section>
              <h3>The panels</h3>
              <dl>
                <dt>Page P and its sectors</dt>
                <dd>One 64K page of the btree inode, cut into 16 sectors of 4K; an extent buffer covers 4 of them.</dd>
                <dt>Extent buffers</dt>
                <dd>eb A (being allocated by T1), eb B (losing its last ref in T2), eb C (T3 in two-allocators): refs and flags.</dd>
                <dt>
                  <code>page-&gt;private</code> and <code>btrfs_subpage</code>
                </dt>
                <dd>
                  PagePrivate, the pointer it holds and the shared subpage (bitmaps, and <code>under_alloc</code> or{' '}
                  <code>eb_refs</code> by variant). Private 0 while an eb is still mapped is the bug.
                </dd>
                <dt>
                  <code>buffer_radix</code>
                </dt>
                <dd>The radix tree of ebs, keyed by bytenr &gt;&gt; 12; the page owns 16 keys, the gang lookup asks for 4.</dd>
                <dt>Locks</dt>
                <dd>Page lock (sleeps), private_lock, buffer_lock, refs_lock: who holds each, who spins or sleeps on it.</dd>
                <dt>Threads' code</dt>
                <dd>Each thread's steps in the kernel's own names; the next step is marked, and why it waits.</dd>
                <dt>Timeline</dt>
                <dd>Every step of every thread in the order they run. Click a step to see the state after it.</dd>
                <dt>Explore (left edge)</dt>
                <dd>
                  Counts every schedule in each variant, loads the shortest bad one, browses the others, runs two variants side
                  by side and draws the state graph.
                </dd>
              </dl>
            </section>
            <section>
              <h3>Timeline marks</h3>
              <ul className="legend__marks">
                <li>
                  <span className="legend__chip legend__chip--t1">T1 ●</span> <span className="legend__chip legend__chip--t2">T2 ▲</span>{' '}
                  <span className="legend__chip legend__chip--t3">T3 ■</span> thread (colour, name and shape); each thread's
                  chips sit a little lower than the one before
                </li>
                <li>Filled chips have run; white chips are still to come.</li>
                <li>
                  <span className="legend__num">14</span> inverted number and a ring: the current step (the state shown is after it)
                </li>
                <li>
                  <span className="legend__broken">✗</span> the step where an invariant first breaks (the verdict names it)
                </li>
                <li>
                  <s>struck through</s> on a hatched chip: the step's branch is not taken in this run (its slot stays)
                </li>
                <li>
                  dashed border and <b>+</b> by the number: filled in by the engine to complete a shorter schedule
                </li>
                <li>
                  <span className="legend__moved">⇄</span> travels with the dragged step (while dragging), or moved by the last drop
                </li>
              </ul>
              <h3>Reordering steps</h3>
              <ul>
                <li>Pointer: drag a step and drop it on another place.</li>
                <li>Touch: press and hold a step, then drag.</li>
                <li>
                  Keyboard: Tab to a step, <kbd>Space</kbd> to pick it up, <kbd>←</kbd> <kbd>→</kbd> to move, <kbd>Space</kbd> to drop,{' '}
                  <kbd>Esc</kbd> to cancel; <kbd>Enter</kbd> shows the state after the step.
                </li>
                <li>
                  A thread's steps keep their order: earlier (or later) steps of the same thread travel with the one you move. A
                  drop that would run a step while another thread holds its lock is refused, and the reason shows where you
                  dropped.
                </li>
              </ul>
            </section>
            <section>
              <h3>Keys</h3>
              <table className="legend__keys">
                <tbody>
                  {actionsOf('app').map((a) => (
                    <tr key={a.id}>
                      <td>
                        {a.keys.map((k, i) => (
                          <span key={k}>
                            {i > 0 ? ' or ' : null}
                            <kbd>{k}</kbd>
                          </span>
                        ))}
                      </td>
                      <td>{a.label}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="legend__talk">In talk mode: {TALK_KEY_LIST}.</p>
            </section>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
