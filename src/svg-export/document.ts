// A region of the page as a standalone SVG file: the walk (domToSvg.ts) inside an <svg>
// root with a <title> and <desc>, the page colour behind it, the most common font and
// colour hoisted onto one group, and ids given a prefix of their own.

import { walkRegion } from './domToSvg';
import { hoist, serialize, shortHash, svgNode } from './svgTree';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

export interface RegionSvg {
  svg: string;
  width: number;
  height: number;
}

export interface RegionOptions {
  /** A selector of elements left out, with all they hold (controls a still does without). */
  skip?: string;
  /** What the picture shows, for the file's <title>. */
  title?: string;
  /** Anything more a reader should know, for its <desc>. */
  desc?: string;
}

/**
 * The union of the roots' boxes as SVG, coordinates from its top left. Throws when the
 * roots have no box at all.
 */
export function regionToSvg(roots: Element[], options: RegionOptions = {}): RegionSvg {
  const walked = walkRegion(roots, options.skip);
  const { width, height } = walked;
  const content = svgNode('g', {}, walked.content);
  hoist(content, ['font-family', 'font-size', 'fill']);
  const kids = [
    ...(options.title ? [{ tag: 'title', attrs: {}, text: options.title }] : []),
    ...(options.desc ? [{ tag: 'desc', attrs: {}, text: options.desc }] : []),
    ...(walked.defs.length ? [svgNode('defs', {}, walked.defs)] : []),
    svgNode('rect', { width, height, ...walked.background }),
    content,
  ];
  const root = svgNode('svg', { xmlns: SVG_NS, 'xmlns:xlink': undefined, width, height, viewBox: `0 0 ${width} ${height}`, 'xml:space': 'preserve' }, kids);
  const draft = serialize(root);
  if (draft.includes('xlink:href')) root.attrs['xmlns:xlink'] = XLINK_NS;
  // Ids carry a prefix from the content, so two exports inlined in one page never share one.
  return { svg: serialize(root, `x${shortHash(draft)}-`), width, height };
}
