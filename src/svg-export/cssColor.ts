// CSS values as SVG attributes: colours (computed styles give rgb(), rgba() and, for
// color-mix(), color(srgb ...)), and the top-level comma split that gradients and shadow
// lists need. Colours go out as #rrggbb plus an opacity attribute: rgba() in an SVG
// attribute is not read by every slide tool.

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0..1 */
  a: number;
}

const clamp255 = (v: number) => Math.max(0, Math.min(255, Math.round(v)));

function channel(s: string, scale: number): number {
  return s.endsWith('%') ? (Number.parseFloat(s) / 100) * 255 : Number.parseFloat(s) * scale;
}

function alpha(s: string | undefined): number {
  if (s === undefined) return 1;
  const v = s.endsWith('%') ? Number.parseFloat(s) / 100 : Number.parseFloat(s);
  return Number.isFinite(v) ? Math.max(0, Math.min(1, v)) : 1;
}

let probe: CanvasRenderingContext2D | null | undefined;

/** Anything else the browser understands (oklab(), named colours, ...), through a 1x1 canvas. */
function viaCanvas(v: string): Rgba | null {
  if (probe === undefined) {
    probe = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  }
  if (!probe) return null;
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = v;
  probe.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = probe.getImageData(0, 0, 1, 1).data;
  return { r, g, b, a: a / 255 };
}

export function parseColor(value: string): Rgba | null {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'none' || v === 'transparent' || v === 'currentcolor') return v === 'transparent' ? { r: 0, g: 0, b: 0, a: 0 } : null;
  let m = /^rgba?\(([^)]*)\)$/.exec(v);
  if (m?.[1] !== undefined) {
    const parts = m[1].split(/[\s,/]+/).filter(Boolean);
    const [r = '0', g = '0', b = '0', a] = parts;
    return { r: clamp255(channel(r, 1)), g: clamp255(channel(g, 1)), b: clamp255(channel(b, 1)), a: alpha(a) };
  }
  m = /^color\(srgb\s+([^)]*)\)$/.exec(v);
  if (m?.[1] !== undefined) {
    const [rgb = '', a] = m[1].split('/');
    const [r = '0', g = '0', b = '0'] = rgb.trim().split(/\s+/);
    return { r: clamp255(channel(r, 255)), g: clamp255(channel(g, 255)), b: clamp255(channel(b, 255)), a: alpha(a?.trim()) };
  }
  m = /^#([0-9a-f]{3,8})$/.exec(v);
  if (m?.[1] !== undefined && m[1].length !== 5 && m[1].length !== 7) {
    const h = m[1].length <= 4 ? [...m[1]].map((c) => c + c).join('') : m[1];
    const n = (i: number) => Number.parseInt(h.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: h.length === 8 ? n(6) / 255 : 1 };
  }
  return viaCanvas(value);
}

const hex2 = (n: number) => n.toString(16).padStart(2, '0');
export const hex = (c: Rgba): string => `#${hex2(c.r)}${hex2(c.g)}${hex2(c.b)}`;

/** fill / stroke (and its opacity) for a colour, or null when it paints nothing. */
export function paintOf(value: string, prop: 'fill' | 'stroke' | 'stop-color'): Record<string, string> | null {
  const c = parseColor(value);
  if (!c || c.a <= 0.004) return null;
  const opacityKey = prop === 'stop-color' ? 'stop-opacity' : `${prop}-opacity`;
  const out: Record<string, string> = { [prop]: hex(c) };
  if (c.a < 0.996) out[opacityKey] = String(Math.round(c.a * 100) / 100);
  return out;
}

/** Splits "a(1, 2) 3px, b 4px" at the commas outside parentheses. */
export function splitTop(value: string, sep = ','): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0 && (sep === ' ' ? /\s/.test(ch ?? '') : ch === sep)) {
      out.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(value.slice(start).trim());
  return out.filter(Boolean);
}
