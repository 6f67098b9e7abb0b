import { describe, expect, it } from 'vitest';
import { boxPaint, type Defs, outlinePaint, radiiOf, roundRectPath } from './cssBox';
import { paintOf, parseColor, splitTop } from './cssColor';
import { linearGradient } from './cssGradient';
import { contentString } from './pseudoPaint';
import { inverseRect } from './stillFrame';
import { hoist, ID, num, type SvgNode, serialize, svgNode, xmlText } from './svgTree';

// The pure parts of the SVG writer: CSS values to SVG attributes, and the serializer.
// The DOM walk itself is tested in the browser (tests/e2e/export.spec.ts).

/** A computed style with the defaults of a plain block, overridden by `props`. */
function style(props: Partial<Record<keyof CSSStyleDeclaration, string>>): CSSStyleDeclaration {
  const base: Record<string, string> = {
    backgroundColor: 'rgba(0, 0, 0, 0)',
    backgroundImage: 'none',
    backgroundClip: 'border-box',
    boxShadow: 'none',
    outlineStyle: 'none',
    outlineWidth: '0px',
    outlineColor: 'rgb(0, 0, 0)',
    outlineOffset: '0px',
  };
  for (const side of ['Top', 'Right', 'Bottom', 'Left']) {
    base[`border${side}Width`] = '0px';
    base[`border${side}Style`] = 'none';
    base[`border${side}Color`] = 'rgb(0, 0, 0)';
    base[`padding${side}`] = '0px';
  }
  for (const corner of ['TopLeft', 'TopRight', 'BottomRight', 'BottomLeft']) base[`border${corner}Radius`] = '0px';
  return { ...base, ...props } as unknown as CSSStyleDeclaration;
}

const border = (w: string, s: string, c: string) =>
  Object.fromEntries(['Top', 'Right', 'Bottom', 'Left'].flatMap((side) => [[`border${side}Width`, w], [`border${side}Style`, s], [`border${side}Color`, c]]));

function collectDefs(): Defs & { nodes: SvgNode[] } {
  const nodes: SvgNode[] = [];
  return {
    nodes,
    add(make) {
      const n = make(`g${nodes.length}`);
      if (!n) return null;
      nodes.push(n);
      return n.attrs.id as string;
    },
  };
}

describe('colours', () => {
  it('reads the forms computed styles give, color-mix() results included', () => {
    expect(parseColor('rgb(23, 24, 26)')).toEqual({ r: 23, g: 24, b: 26, a: 1 });
    expect(parseColor('rgba(179, 38, 30, 0.5)')).toEqual({ r: 179, g: 38, b: 30, a: 0.5 });
    expect(parseColor('color(srgb 0.121569 0.372549 0.74902 / 0.15)')).toEqual({ r: 31, g: 95, b: 191, a: 0.15 });
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('transparent')?.a).toBe(0);
  });

  it('writes #rrggbb and an opacity attribute, and nothing for a transparent colour', () => {
    expect(paintOf('rgb(179, 38, 30)', 'fill')).toEqual({ fill: '#b3261e' });
    expect(paintOf('rgba(0, 0, 0, 0.25)', 'stroke')).toEqual({ stroke: '#000000', 'stroke-opacity': '0.25' });
    expect(paintOf('rgba(0, 0, 0, 0)', 'fill')).toBeNull();
  });

  it('splits lists at the commas outside parentheses', () => {
    expect(splitTop('rgb(1, 2, 3) 0px 0px 0px 3px, rgb(4, 5, 6) 0px 0px 0px 5px')).toEqual(['rgb(1, 2, 3) 0px 0px 0px 3px', 'rgb(4, 5, 6) 0px 0px 0px 5px']);
    expect(splitTop('rgb(1, 2, 3) 6px', ' ')).toEqual(['rgb(1, 2, 3)', '6px']);
  });
});

describe('boxes', () => {
  it('draws a plain background under a uniform border as one rect, inset by half the stroke', () => {
    const cs = style({ backgroundColor: 'rgb(255, 255, 255)', ...border('2px', 'solid', 'rgb(61, 64, 69)'), borderTopLeftRadius: '5px', borderTopRightRadius: '5px', borderBottomRightRadius: '5px', borderBottomLeftRadius: '5px' });
    const [rect, ...rest] = boxPaint(cs, { x: 10, y: 20, w: 100, h: 50 }, collectDefs());
    expect(rest).toEqual([]);
    expect(rect).toEqual(svgNode('rect', { x: '11', y: '21', width: '98', height: '48', rx: '4', ry: undefined, fill: '#ffffff', stroke: '#3d4045', 'stroke-width': '2', 'stroke-dasharray': undefined }));
  });

  it('dashes a dashed border, and draws sides of several widths as one ring', () => {
    const dashed = boxPaint(style(border('2px', 'dashed', 'rgb(0, 0, 0)')), { x: 0, y: 0, w: 40, h: 20 }, collectDefs());
    expect(dashed[0]?.attrs['stroke-dasharray']).toBe('6 4');
    const chip = style({ ...border('1.5px', 'solid', 'rgb(31, 95, 191)'), borderLeftWidth: '4px' });
    const [ring] = boxPaint(chip, { x: 0, y: 0, w: 40, h: 20 }, collectDefs());
    expect(ring?.tag).toBe('path');
    expect(ring?.attrs['fill-rule']).toBe('evenodd');
    expect(ring?.attrs.d).toBe('M0 0H40L40 0V20L40 20H0L0 20V0L0 0ZM4 1.5H38.5L38.5 1.5V18.5L38.5 18.5H4L4 18.5V1.5L4 1.5Z');
  });

  it('draws spread-only box-shadows as rings, lowest first, and leaves blurred ones out', () => {
    const cs = style({ boxShadow: 'rgb(253, 236, 234) 0px 0px 0px 3px, rgb(179, 38, 30) 0px 0px 0px 5px, rgba(0, 0, 0, 0.2) 0px 4px 12px 0px' });
    const rings = boxPaint(cs, { x: 10, y: 10, w: 20, h: 20 }, collectDefs());
    expect(rings.map((r) => r.attrs.fill)).toEqual(['#b3261e', '#fdecea']);
    expect(rings[0]?.attrs.d).toMatch(/^M5 5H35/);
  });

  it('turns a hatched background into a repeating gradient with hard stops', () => {
    const defs = collectDefs();
    const cs = style({ backgroundImage: 'repeating-linear-gradient(135deg, rgb(236, 236, 232) 0px, rgb(236, 236, 232) 6px, rgb(255, 255, 255) 6px, rgb(255, 255, 255) 12px)' });
    const [fill] = boxPaint(cs, { x: 0, y: 0, w: 100, h: 100 }, defs);
    expect(fill?.attrs.fill).toBe('url(#g0)');
    const g = defs.nodes[0];
    expect(g?.attrs.spreadMethod).toBe('repeat');
    expect(g?.kids?.map((s) => [s.attrs.offset, s.attrs['stop-color']])).toEqual([
      ['0', '#ecece8'],
      ['0.5', '#ecece8'],
      ['0.5', '#ffffff'],
      ['1', '#ffffff'],
    ]);
    // 135deg runs down and to the right; one period is 12 px along it.
    const len = Math.hypot(Number(g?.attrs.x2) - Number(g?.attrs.x1), Number(g?.attrs.y2) - Number(g?.attrs.y1));
    expect(len).toBeCloseTo(12, 1);
    expect(Number(g?.attrs.x2)).toBeGreaterThan(Number(g?.attrs.x1));
  });

  it('fills in missing stop positions as CSS does', () => {
    const g = linearGradient('linear-gradient(to right, rgb(255, 0, 0), rgb(0, 255, 0), rgb(0, 0, 255))', { x: 0, y: 0, w: 200, h: 10 }, 'g');
    expect(g?.kids?.map((s) => s.attrs.offset)).toEqual(['0', '0.5', '1']);
    expect([g?.attrs.x1, g?.attrs.x2, g?.attrs.y1, g?.attrs.y2]).toEqual(['0', '200', '5', '5']);
  });

  it('resolves and scales down radii, and draws the outline outside at its offset', () => {
    const round = style({ borderTopLeftRadius: '50%', borderTopRightRadius: '50%', borderBottomRightRadius: '50%', borderBottomLeftRadius: '50%' });
    expect(radiiOf(round, 10, 10)[0]).toEqual({ x: 5, y: 5 });
    const big = style({ borderTopLeftRadius: '30px', borderTopRightRadius: '30px' });
    // Two 30 px corners on a 40 px side: every radius scales by 40/60, as CSS says.
    expect(radiiOf(big, 40, 100)[0]).toEqual({ x: 20, y: 20 });
    expect(roundRectPath({ x: 0, y: 0, w: 10, h: 10 }, radiiOf(round, 10, 10))).toContain('A5 5 0 0 1 10 5');
    const o = outlinePaint(style({ outlineStyle: 'dashed', outlineWidth: '2px', outlineColor: 'rgb(122, 77, 0)', outlineOffset: '1px' }), { x: 10, y: 10, w: 20, h: 10 });
    expect(o?.attrs).toMatchObject({ x: '8', y: '8', width: '24', height: '14', fill: 'none', stroke: '#7a4d00', 'stroke-dasharray': '6 4' });
  });
});

describe('clips inside a transformed element', () => {
  // A talk's stage: a 1920x1080 canvas scaled by 2/3 into a 1280x720 window, placed 40 px down.
  const stage = { a: 2 / 3, b: 0, c: 0, d: 2 / 3, e: 0, f: 40 };

  it('map the window\'s clip into the canvas the inside is measured in, infinite edges kept', () => {
    const r = inverseRect(stage, { x1: 0, y1: 40, x2: 1280, y2: 760 });
    expect([r.x1, r.y1, r.x2, r.y2].map((v) => Math.round(v * 1000) / 1000)).toEqual([0, 0, 1920, 1080]);
    expect(inverseRect(stage, { x1: -Infinity, y1: 40, x2: Infinity, y2: 760 })).toMatchObject({ x1: -Infinity, x2: Infinity });
  });

  it('take the corners\' box through a rotation, and do not clip what cannot be inverted', () => {
    const quarter = { a: 0, b: 1, c: -1, d: 0, e: 0, f: 0 };
    const r = inverseRect(quarter, { x1: -10, y1: 0, x2: 0, y2: 20 });
    expect([r.x1, r.y1, r.x2, r.y2].map((v) => Math.round(v) + 0)).toEqual([0, 0, 20, 10]);
    expect(inverseRect({ a: 0, b: 0, c: 0, d: 0, e: 0, f: 0 }, { x1: 0, y1: 0, x2: 1, y2: 1 })).toEqual({ x1: -Infinity, y1: -Infinity, x2: Infinity, y2: Infinity });
  });
});

describe('the serializer', () => {
  it('escapes text and attributes, and drops characters XML cannot hold', () => {
    const n = svgNode('text', { x: 1, 'data-q': 'a"b<c' });
    n.text = 'page->private & <b>\u0007';
    expect(serialize(n)).toBe('<text x="1" data-q="a&quot;b&lt;c">page-&gt;private &amp; &lt;b&gt;</text>');
    expect(xmlText('\ud800x')).toBe('x');
  });

  it('moves the commonest text attributes to the root, leaving copied SVG alone', () => {
    const t = (fill: string) => ({ tag: 'text', attrs: { fill, 'font-size': '11' }, text: 'x' });
    const sealed: SvgNode = { tag: 'g', attrs: {}, kids: [t('#111111')], sealed: true };
    const root = svgNode('g', {}, [t('#111111'), t('#111111'), t('#222222'), sealed]);
    hoist(root, ['fill', 'font-size']);
    expect(root.attrs).toEqual({ fill: '#111111', 'font-size': '11' });
    expect(root.kids?.map((k) => k.attrs.fill)).toEqual([undefined, undefined, '#222222', undefined]);
    expect(sealed.kids?.[0]?.attrs.fill).toBe('#111111');
  });

  it('gives ids their prefix at the end, and rounds numbers to a tenth', () => {
    expect(serialize(svgNode('clipPath', { id: `${ID}c1` }), 'xab-')).toBe('<clipPath id="xab-c1"/>');
    expect([num(12.345), num(-0.01), num(0.125, 2)]).toEqual(['12.3', '0', '0.13']);
  });

  it('reads the text of generated content', () => {
    expect(contentString('"!"')).toBe('!');
    expect(contentString('"say \\"hi\\""')).toBe('say "hi"');
    expect(contentString('counter(x)')).toBeNull();
    expect(contentString('none')).toBeNull();
  });
});
