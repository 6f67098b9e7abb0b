// A short-lived "copied" label for a copy button.
import { useCallback, useEffect, useRef, useState } from 'react';
import { copyText } from './clipboard';

export function useCopied(): [string | null, (text: string) => void] {
  const [status, setStatus] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const copy = useCallback((text: string) => {
    void copyText(text).then((ok) => {
      setStatus(ok ? 'copied' : 'copy failed: select and copy by hand');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setStatus(null), 2000);
    });
  }, []);
  return [status, copy];
}
