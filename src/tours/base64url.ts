// Text <-> base64url (RFC 4648 section 5, no padding) over its UTF-8 bytes: what a tour
// link carries. Written out rather than btoa/atob, which work on Latin-1 strings only and
// throw on anything else; decoding here is total and says what was wrong.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63];
    out += ALPHABET[(n >> 12) & 63];
    if (b !== undefined) out += ALPHABET[(n >> 6) & 63];
    if (c !== undefined) out += ALPHABET[n & 63];
  }
  return out;
}

export type Decoded64 = { ok: true; text: string } | { ok: false; reason: string };

/** Base64url to text; padding ('=') is accepted and ignored, as some tools add it. */
export function fromBase64url(input: string): Decoded64 {
  const body = input.replace(/=+$/, '');
  if (body.length % 4 === 1) return { ok: false, reason: `it is ${body.length} characters long, which no base64url text is` };
  const bytes = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let k = 0;
  for (let i = 0; i < body.length; i++) {
    const v = VALUE.get(body.charAt(i));
    if (v === undefined) return { ok: false, reason: `character ${i + 1} (${JSON.stringify(body.charAt(i))}) is not base64url` };
    // Only the last few bits are ever read back; the mask keeps acc a small integer.
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[k++] = (acc >> bits) & 0xff;
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, k)) };
  } catch {
    return { ok: false, reason: 'its bytes are not UTF-8 text' };
  }
}
