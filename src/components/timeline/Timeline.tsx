// Placeholder: the draggable timeline is built in this folder.
import { selectChips, useAppStore } from '../../store';

export function Timeline() {
  const chips = useAppStore(selectChips);
  return (
    <ol className="timeline">
      {chips.map((c) => (
        <li key={c.position} data-testid="step" data-thread={c.thread} data-op={c.op}>
          T{c.thread} {c.op}
        </li>
      ))}
    </ol>
  );
}
