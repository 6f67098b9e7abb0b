// "SVG" and "PNG" buttons: the current frame of the kernel picture as a file.
import { useState } from 'react';
import { useAppStoreApi } from '../../store/react';

export function ExportImage() {
  const store = useAppStoreApi();
  const [status, setStatus] = useState<string | null>(null);
  const name = (ext: string) => {
    const s = store.getState();
    return `btrfs-subpage-${s.scenario}-${s.variant}-step-${s.cursor}.${ext}`;
  };
  const run = async (kind: 'svg' | 'png') => {
    // Loaded on first use: the first screen does not need the exporter.
    const { download, frameToSvg, stateViewElement, svgToPng } = await import('./frameImage');
    const el = stateViewElement();
    if (!el) {
      setStatus('no picture to export');
      return;
    }
    try {
      const frame = frameToSvg(el);
      const blob = kind === 'svg' ? new Blob([frame.svg], { type: 'image/svg+xml' }) : await svgToPng(frame, 2);
      download(blob, name(kind));
      setStatus(null);
    } catch (e) {
      setStatus(`export failed: ${e instanceof Error ? e.message : 'unknown error'}`);
    }
  };
  return (
    <span className="share-bar__images">
      <button type="button" data-testid="export-svg" onClick={() => void run('svg')} title="The current frame as SVG">
        SVG
      </button>
      <button type="button" data-testid="export-png" onClick={() => void run('png')} title="The current frame as PNG, at 2x">
        PNG
      </button>
      {status && <span role="status">{status}</span>}
    </span>
  );
}
