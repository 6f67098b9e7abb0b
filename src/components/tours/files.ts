// Tour files in the browser: saving is a Blob download, opening reads a chosen file. The
// size is checked before a file is read, so a huge file costs nothing.

import { MAX_TOUR_TEXT } from '../../tours/format';
import { download } from '../share/download';

export function downloadText(text: string, name: string): void {
  download(new Blob([text], { type: 'application/json' }), name);
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
