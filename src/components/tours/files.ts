// Tour files in the browser: saving is a Blob download, opening reads a chosen file. The
// size is checked before a file is read, so a huge file costs nothing.

import { MAX_TOUR_TEXT } from '../../tours/format';

export function downloadText(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file's text, or why it was not read. A UTF-8 file has at most as many characters as bytes. */
export async function readTourFile(file: File): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  if (file.size > MAX_TOUR_TEXT) {
    return { ok: false, reason: `it is ${file.size.toLocaleString('en-US')} bytes; at most ${MAX_TOUR_TEXT.toLocaleString('en-US')} are read` };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch (e) {
    return { ok: false, reason: `it could not be read (${e instanceof Error ? e.message : 'unknown error'})` };
  }
}
