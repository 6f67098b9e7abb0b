// Kernel-style text: the current interleaving as a diagram to paste into a mail, and
// an import box that reads such a diagram (the v4 commit message's included) into a
// schedule. Nothing the user had is lost: the current schedule stays until "Use this
// interleaving", and the pasted text stays in the box (the store's view slice) between
// openings. A preview belongs to the view it was read in: when the scenario, variant or
// schedule changes under the open dialog (a switch, Back), it is withdrawn.

import type { Model } from '../../engine';

import { useId, useRef, useState } from 'react';
import { replay, type Tid } from '../../engine';
import { importDiagram, type ImportResult } from '../../kernel-text';
import type { Store } from '../../store';
import { useAppStore, useAppStoreApi } from '../../store/react';
import { useModalDialog } from '../useModalDialog';
import { diagramOf } from './diagramText';
import { useCopied } from './useCopied';

const selectModel = (s: Store) => s.model;
const selectDraft = (s: Store) => s.importDraft;
const selectSetDraft = (s: Store) => s.setImportDraft;

export function TextDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useModalDialog(ref, open);
  return (
    <dialog ref={ref} className="text-dialog" aria-labelledby={`${id}title`} onClose={onClose} data-testid="text-dialog">
      {open && <TextDialogBody onClose={onClose} id={id} />}
    </dialog>
  );
}

/** `id` prefixes the ids its headings are named by (TextDialog's useId). */
function TextDialogBody({ onClose, id }: { onClose: () => void; id: string }) {
  const store = useAppStoreApi();
  const text = useAppStore(diagramOf);
  const [status, copy] = useCopied();
  const input = useAppStore(selectDraft);
  const setInput = useAppStore(selectSetDraft);
  const model = useAppStore(selectModel);
  const [read, setRead] = useState<{ result: ImportResult; model: Model<unknown> } | null>(null);
  const [accepted, setAccepted] = useState<string | null>(null);

  const readIt = () => {
    setAccepted(null);
    const m = store.getState().model;
    setRead({ result: importDiagram(m, input), model: m });
  };
  const accept = (schedule: Tid[]) => {
    if (store.getState().loadSchedule(schedule)) setAccepted('The imported interleaving is now the schedule.');
  };
  // A preview read in another scenario or variant says nothing about this one.
  const stale = read !== null && read.model !== model;
  const result = read && !stale ? read.result : null;
  const preview = result?.ok ? replay(model, result.schedule) : null;

  return (
    <div className="text-dialog__body">
      <header className="text-dialog__head">
        <h2 id={`${id}title`}>Kernel-style text</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <section aria-labelledby={`${id}export`}>
        <h3 id={`${id}export`}>This interleaving, ready to paste into a mail</h3>
        <textarea className="text-dialog__area" readOnly value={text} rows={14} spellCheck={false} data-testid="text-export" aria-label="Diagram of this interleaving" />
        <button type="button" onClick={() => copy(text)} data-testid="text-export-copy">
          Copy as text
        </button>{' '}
        <span aria-live="polite">{status}</span>
      </section>
      <section aria-labelledby={`${id}import`}>
        <h3 id={`${id}import`}>Import a diagram</h3>
        <p className="text-dialog__hint">
          Paste a diagram like the one above or the one in the v4 commit message (also flattened onto one line). Steps it does not
          name are placed as early as its order and the locks allow; the run is completed as usual. A tab stops every 8
          columns, and the columns in messages count the same way.
        </p>
        <textarea
          className="text-dialog__area"
          value={input}
          rows={10}
          spellCheck={false}
          data-testid="text-import"
          aria-label="Diagram to import"
          onChange={(e) => setInput(e.target.value)}
        />
        <button type="button" onClick={readIt} data-testid="text-import-read">
          Read diagram
        </button>
        {stale && read ? (
          <p className="text-dialog__hint" role="status" data-testid="text-import-stale">
            The preview was read in {read.model.scenario} / {read.model.variant}; the view is now {model.scenario} / {model.variant}.
            Read the diagram again.
          </p>
        ) : null}
        {result && <ImportReport result={result} verdict={preview?.ok ? preview.run.outcome.verdict : null} />}
        {result?.ok && (
          <button type="button" onClick={() => accept(result.schedule)} data-testid="text-import-accept">
            Use this interleaving
          </button>
        )}
        {accepted && (
          <p role="status" data-testid="text-import-accepted">
            {accepted}
          </p>
        )}
      </section>
    </div>
  );
}

function ImportReport({ result, verdict }: { result: ImportResult; verdict: string | null }) {
  return (
    <div className="text-dialog__report" data-testid="text-import-report">
      {result.ok ? (
        <p data-testid="text-import-summary" data-schedule={result.schedule.join('')}>
          Read {result.named.length} named steps; the run has {result.schedule.length} steps ({verdict ?? 'unknown'}):{' '}
          <code>{result.schedule.join('')}</code>
        </p>
      ) : (
        <p className="text-dialog__error">Cannot import: {result.message}</p>
      )}
      {result.problems.length > 0 && (
        <>
          {result.problemCount > result.problems.length && (
            <p className="text-dialog__hint" data-testid="text-import-problem-count">
              {result.problemCount.toLocaleString('en-US')} problems; these are the first {result.problems.length} of{' '}
              {result.problemCount.toLocaleString('en-US')}, in line order:
            </p>
          )}
          <ul className="text-dialog__problems" data-testid="text-import-problems">
            {result.problems.map((p) => (
              <li key={`${p.line}:${p.column}:${p.message}`}>
                line {p.line}, column {p.column}: {p.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
