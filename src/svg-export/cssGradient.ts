// CSS linear gradients (plain and repeating: the hatching of a freed object, a scanned
// slot) as SVG <linearGradient>s in user space. A repeating one is the same gradient
// with spreadMethod="repeat", so hard-stop stripes stay stripes at any size.

import { paintOf, splitTop } from './cssColor';
import { type SvgNode, num, svgNode } from './svgTree';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Stop {
  color: string;
  /** px along the gradient line, or null until filled in */
  pos: number | null;
}

const DIRS: Record<string, [number, number]> = { top: [0, -1], bottom: [0, 1], left: [-1, 0], right: [1, 0] };

/** The CSS angle (radians, 0 = up, clockwise) of the first argument, or null if it is a colour stop. */
function angleOf(arg: string, box: Box): number | null {
  const deg = /^(-?[\d.]+)(deg|turn|rad|grad)$/.exec(arg);
  if (deg) {
    const v = Number.parseFloat(deg[1] ?? '0');
    const unit = deg[2];
    return unit === 'deg' ? (v * Math.PI) / 180 : unit === 'turn' ? v * 2 * Math.PI : unit === 'grad' ? (v * Math.PI) / 200 : v;
  }
  if (!arg.startsWith('to ')) return null;
  let sx = 0;
  let sy = 0;
  for (const w of arg.slice(3).split(/\s+/)) {
    const d = DIRS[w];
    if (d) {
      sx += d[0];
      sy += d[1];
    }
  }
  // "to top right": perpendicular to the diagonal joining the two other corners.
  const vx = sx && sy ? sx * box.h : sx;
  const vy = sx && sy ? sy * box.w : sy;
  return Math.atan2(vx, -vy);
}

function parseStops(args: string[], length: number): Stop[] {
  const stops: Stop[] = [];
  for (const arg of args) {
    const parts = splitTop(arg, ' ');
    const lengths = parts.filter((p) => /^-?[\d.]+(px|%)$/.test(p));
    const color = parts.filter((p) => !lengths.includes(p)).join(' ');
    const at = (p: string) => (p.endsWith('%') ? (Number.parseFloat(p) / 100) * length : Number.parseFloat(p));
    if (lengths.length === 0) stops.push({ color, pos: null });
    for (const l of lengths) stops.push({ color, pos: at(l) });
  }
  // CSS: the first stop defaults to 0, the last to 100%, the rest evenly between, and
  // no stop before the one ahead of it.
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (first && first.pos === null) first.pos = 0;
  if (last && last.pos === null) last.pos = length;
  let max = 0;
  for (let i = 0; i < stops.length; i++) {
    const s = stops[i] as Stop;
    if (s.pos === null) {
      let j = i;
      while (j < stops.length && stops[j]?.pos === null) j++;
      const from = stops[i - 1]?.pos ?? 0;
      const to = stops[j]?.pos ?? length;
      for (let k = i; k < j; k++) (stops[k] as Stop).pos = from + ((to - from) * (k - i + 1)) / (j - i + 1);
    }
    max = Math.max(max, s.pos ?? 0);
    s.pos = max;
  }
  return stops;
}

/** A <linearGradient> for a CSS linear or repeating-linear gradient over `box`, or null. */
export function linearGradient(value: string, box: Box, id: string): SvgNode | null {
  const m = /^(repeating-)?linear-gradient\((.*)\)$/s.exec(value.trim());
  if (!m) return null;
  const repeating = Boolean(m[1]);
  const args = splitTop(m[2] ?? '');
  const a = angleOf(args[0] ?? '', box);
  if (a !== null) args.shift();
  const angle = a ?? Math.PI; // default: to bottom
  const dx = Math.sin(angle);
  const dy = -Math.cos(angle);
  const length = Math.abs(box.w * dx) + Math.abs(box.h * dy);
  const stops = parseStops(args, length);
  if (stops.length < 2) return null;
  const p0 = stops[0]?.pos ?? 0;
  const p1 = stops[stops.length - 1]?.pos ?? length;
  const span = repeating ? p1 - p0 : length;
  if (span <= 0) return null;
  const sx = box.x + box.w / 2 - (dx * length) / 2;
  const sy = box.y + box.h / 2 - (dy * length) / 2;
  const from = repeating ? p0 : 0;
  const kids: SvgNode[] = [];
  for (const s of stops) {
    const paint = paintOf(s.color, 'stop-color') ?? { 'stop-color': '#000', 'stop-opacity': '0' };
    const offset = Math.max(0, Math.min(1, ((s.pos ?? 0) - from) / span));
    kids.push(svgNode('stop', { offset: num(offset, 4), ...paint }));
  }
  return svgNode(
    'linearGradient',
    {
      id,
      gradientUnits: 'userSpaceOnUse',
      spreadMethod: repeating ? 'repeat' : undefined,
      x1: num(sx + dx * from, 2),
      y1: num(sy + dy * from, 2),
      x2: num(sx + dx * (from + span), 2),
      y2: num(sy + dy * (from + span), 2),
    },
    kids,
  );
}
