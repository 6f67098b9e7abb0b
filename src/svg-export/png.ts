// An exported SVG as a PNG: drawn by the browser through a data: <img> onto a canvas
// (the Content-Security-Policy allows data: images), at a scale for sharp slides, with
// text chunks that say what it shows (pngText.ts).

import { withText } from './pngText';

export async function svgToPng(svg: { svg: string; width: number; height: number }, scale = 2, text: Record<string, string> = {}): Promise<Blob> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(svg.width * scale);
  canvas.height = Math.round(svg.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, svg.width, svg.height);
  const blob = await new Promise<Blob>((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('the PNG could not be encoded'))), 'image/png'));
  const png = withText(new Uint8Array(await blob.arrayBuffer()), text);
  return new Blob([png as BlobPart], { type: 'image/png' });
}
