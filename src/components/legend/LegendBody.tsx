// The legend's content, loaded when it first opens: the pack's picture (its own
// legend) and its sources (the family's links), the timeline's marks, how to reorder
// steps, and every key, listed from the action registry so it cannot drift from what
// the keys do.

import { actionsOf } from '../../actions/registry';
import { packOf } from '../../packs';
import { viewOf } from '../../packs/views';
import { useAppStore } from '../../store';
import type { Store } from '../../store/store';
import { TALK_KEY_LIST } from '../talk/TalkLayer';

const selectScenario = (s: Store) => s.model.scenario;

export function LegendBody({ close, titleId }: { close: () => void; titleId: string }) {
  const scenario = useAppStore(selectScenario);
  const pack = packOf(scenario);
  const PictureLegend = viewOf(pack.id)?.Legend;
  return (
    <div className="legend__panel">
      <header className="legend__head">
        <h2 id={titleId}>How to read this</h2>
        <button type="button" className="legend__close" onClick={close}>
          Close <kbd>Esc</kbd>
        </button>
      </header>
      <div className="legend__cols">
        <section>
          <h3>The picture</h3>
          {PictureLegend ? <PictureLegend /> : null}
          <h3>Sources</h3>
          <ul className="legend__sources" data-testid="legend-sources">
            {pack.links.map((l) => (
              <li key={l.url}>
                <a href={l.url} target="_blank" rel="noopener noreferrer">
                  {l.label} ↗
                </a>
              </li>
            ))}
          </ul>
          <h3>The other panels</h3>
          <dl>
            <dt>Timeline</dt>
            <dd>Every step in the order it runs, time going down, one lane per thread. Click a step to see the state after it.</dd>
            <dt>Explore (left edge)</dt>
            <dd>
              Counts every schedule in each variant, loads the shortest bad one, browses the others, runs two variants side by
              side and draws the state graph.
            </dd>
          </dl>
        </section>
        <section>
          <h3>Timeline marks</h3>
          <ul className="legend__marks">
            <li>
              <span className="legend__chip legend__chip--t1">T1 ●</span> <span className="legend__chip legend__chip--t2">T2 ▲</span>{' '}
              <span className="legend__chip legend__chip--t3">T3 ■</span> thread (colour, name and shape); each thread's steps
              sit in its own lane, as in a race diagram of a kernel commit message
            </li>
            <li>Tinted steps have run; white steps are still to come.</li>
            <li>
              <span className="legend__num">14</span> inverted number and a filled, ringed step: the current step (the state shown
              is after it)
            </li>
            <li>
              a shaded lane: a thread's race window, from the step that opens it to the one that closes it; <b>in window</b>{' '}
              marks the other thread's check that runs inside it
            </li>
            <li>
              <span className="legend__broken">✗</span> the step where an invariant first breaks (the verdict names it);{' '}
              <b>crash</b> where a thread dies
            </li>
            <li>
              <s>struck through</s>: the step's branch is not taken in this run (its slot stays)
            </li>
            <li>
              dashed border and <b>+</b>: filled in by the engine to complete a shorter schedule
            </li>
            <li>
              <span className="legend__moved">⇄</span> a dashed outline travels with the dragged step (while dragging); a solid one
              was moved by the last drop
            </li>
          </ul>
          <h3>Reordering steps</h3>
          <ul>
            <li>Pointer: drag a step and drop it on another place.</li>
            <li>Touch: press and hold a step, then drag.</li>
            <li>
              Keyboard: Tab to a step, <kbd>Space</kbd> to pick it up, <kbd>↑</kbd> <kbd>↓</kbd> to move, <kbd>Space</kbd> to drop,{' '}
              <kbd>Esc</kbd> to cancel; <kbd>Enter</kbd> shows the state after the step.
            </li>
            <li>
              A thread's steps keep their order: a step moved inside a critical section brings the section along, and earlier
              (or later) steps of the same thread travel with it. A drop where the locks do not allow the step lands at the
              nearest place they do (or, with none, is refused), and says why where you dropped.
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
  );
}
