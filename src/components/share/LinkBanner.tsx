// The banner about a link that could not be read as it was (role="alert"). Messages
// are rendered as text only: whatever a link holds is never markup here.

import { selectIssue, useAppStore } from '../../store';
import type { Store } from '../../store/store';

const selectSetIssue = (s: Store) => s.setIssue;

export function LinkBanner() {
  const issue = useAppStore(selectIssue);
  const setIssue = useAppStore(selectSetIssue);
  if (!issue) return null;
  return (
    <div className="link-banner" role="alert" data-testid="link-banner">
      <p className="link-banner__title">{issue.title}</p>
      {issue.details.length > 0 && (
        <ul className="link-banner__details">
          {issue.details.map((d, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed once shown
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
      <button type="button" className="link-banner__close" onClick={() => setIssue(null)}>
        Dismiss
      </button>
    </div>
  );
}
