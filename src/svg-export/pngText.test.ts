import { describe, expect, it } from 'vitest';
import { crc32, withText } from './pngText';

describe('PNG text chunks', () => {
  it('computes the CRC PNG uses', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('inserts tEXt chunks after the header, keeping the rest', () => {
    const ihdr = [0, 0, 0, 13, ...new TextEncoder().encode('IHDR'), ...new Array(13).fill(1), 0, 0, 0, 0];
    const iend = [0, 0, 0, 0, ...new TextEncoder().encode('IEND'), 0xae, 0x42, 0x60, 0x82];
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...ihdr, ...iend]);
    const out = withText(png, { Title: 'step 15 \u2192 bug' });
    const text = new TextDecoder('latin1').decode(out);
    expect(text.indexOf('tEXtTitle\0step 15 ? bug')).toBe(8 + ihdr.length + 4);
    expect([...out.subarray(out.length - iend.length)]).toEqual(iend);
    const len = new DataView(out.buffer).getUint32(8 + ihdr.length);
    expect(len).toBe('Title\0step 15 ? bug'.length);
    expect(() => withText(Uint8Array.from([1, 2, 3]), {})).toThrow('not a PNG');
  });
});
