// The exported picture as a small tree of SVG elements: built by the DOM walk, then
// serialized once. Keeping a tree (not a string) lets the serializer hoist the most
// common font and colour onto the root, which is most of what makes the file small.

export type Attr = string | number | undefined;

export interface SvgNode {
  tag: string;
  attrs: Record<string, Attr>;
  kids?: SvgNode[];
  text?: string;
  /** A copied inline SVG: its text keeps its own attributes (see hoist). */
  sealed?: boolean;
}

/** Marks where an id's per-export prefix goes (see serialize); never in page text. */
export const ID = '\u0001';

export const svgNode = (tag: string, attrs: Record<string, Attr> = {}, kids?: SvgNode[]): SvgNode => ({ tag, attrs, kids });

/** A coordinate to 0.1 px (0.2 device pixels at 2x): enough, and a third of the bytes. */
export const num = (v: number, digits = 1): string => {
  const f = 10 ** digits;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? '0' : String(r);
};

// Characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/FFFF): a text node can
// hold them, an SVG file cannot.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const NOT_XML = /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const xmlText = (s: string): string => s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const xmlAttr = (s: string): string => xmlText(s).replace(/"/g, '&quot;');

export function serialize(n: SvgNode, idPrefix = ''): string {
  let out = `<${n.tag}`;
  for (const [k, v] of Object.entries(n.attrs)) {
    if (v !== undefined && v !== '') out += ` ${k}="${xmlAttr(String(v).replaceAll(ID, idPrefix))}"`;
  }
  const inner = (n.text !== undefined ? xmlText(n.text) : '') + (n.kids ?? []).map((k) => serialize(k, idPrefix)).join('');
  return inner ? `${out}>${inner}</${n.tag}>` : `${out}/>`;
}

/**
 * Moves the most common value of each text attribute onto `root`, and drops it from the
 * <text> elements that have it, so that it is inherited. Safe because every shape the
 * writer emits states its own fill and stroke.
 */
export function hoist(root: SvgNode, keys: readonly string[]): void {
  const texts: SvgNode[] = [];
  const collect = (n: SvgNode) => {
    if (n.tag === 'text') texts.push(n);
    if (!n.sealed) for (const k of n.kids ?? []) collect(k);
  };
  collect(root);
  for (const key of keys) {
    const counts = new Map<string, number>();
    for (const t of texts) {
      const v = t.attrs[key];
      if (v !== undefined) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
    }
    let best: string | undefined;
    for (const [v, c] of counts) if (best === undefined || c > (counts.get(best) ?? 0)) best = v;
    if (best === undefined) continue;
    root.attrs[key] = best;
    for (const t of texts) if (String(t.attrs[key]) === best) delete t.attrs[key];
  }
}

/** FNV-1a, for an id prefix that differs between two different exports on one page. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).slice(0, 5);
}
