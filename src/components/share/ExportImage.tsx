// "SVG" and "PNG" buttons: the view as it is on screen (verdict, kernel picture,
// timeline) as a file for a slide.
import { useState } from 'react';
import { packOf } from '../../packs';
import type { Store } from '../../store';
import { useAppStoreApi } from '../../store/react';
import { useInstanceRoot } from '../Instance';
import { download } from './download';
import { currentUrl } from './links';

function titleOf(s: Store): string {
  const o = s.run.outcome;
  const verdict = o.verdict === 'bug' ? `bug: ${o.invariant} broken at step ${o.step}` : 'safe';
  return `${packOf(s.scenario).title}, scenario ${s.scenario}, variant ${s.variant}, step ${s.cursor} of ${s.schedule.length}: ${verdict}`;
}

export function ExportImage() {
  const store = useAppStoreApi();
  const root = useInstanceRoot();
  const [status, setStatus] = useState<string | null>(null);
  const name = (ext: string) => {
    const s = store.getState();
    // The pack's id first, so that files from two families never share a name.
    return `${packOf(s.scenario).id}-${s.scenario}-${s.variant}-step-${s.cursor}.${ext}`;
  };
  const run = async (kind: 'svg' | 'png') => {
    // Loaded on first use: the first screen does not need the exporter.
    const { exportSlide, svgToPng } = await import('./frameImage');
    try {
      const frame = exportSlide({ title: titleOf(store.getState()), link: currentUrl(store) }, root.current ?? document);
      if (!frame) {
        setStatus('no picture to export');
        return;
      }
      const software = `${packOf(store.getState().scenario).title} visualizer`;
      const blob = kind === 'svg' ? new Blob([frame.svg], { type: 'image/svg+xml' }) : await svgToPng(frame, software, 2);
      download(blob, name(kind));
      setStatus(null);
    } catch (e) {
      setStatus(`export failed: ${e instanceof Error ? e.message : 'unknown error'}`);
    }
  };
  return (
    <span className="share-bar__images">
      <button type="button" data-testid="export-svg" onClick={() => void run('svg')} title="The view as on screen (verdict, picture, timeline) as SVG">
        SVG
      </button>
      <button type="button" data-testid="export-png" onClick={() => void run('png')} title="The view as on screen (verdict, picture, timeline) as PNG, at 2x">
        PNG
      </button>
      {status && <span role="status">{status}</span>}
    </span>
  );
}
