// The current frame as an image for a slide. The state view is HTML, so it is done
// generically: clone the element with every computed style inlined (only where it
// differs from the browser's default for that tag), wrap the clone in an SVG
// <foreignObject>, and rasterize that SVG at 2x through an <img> and a <canvas>.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Computed defaults per tag, read from a blank iframe so page styles do not leak in. */
function defaultsReader(): { get(tag: string, ns: string | null): Map<string, string>; dispose(): void } {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = 'position:fixed;left:-10000px;top:0;width:10px;height:10px;border:0;visibility:hidden';
  document.body.appendChild(frame);
  const doc = frame.contentDocument as Document;
  const cache = new Map<string, Map<string, string>>();
  return {
    get(tag, ns) {
      const key = `${ns ?? ''}|${tag}`;
      let m = cache.get(key);
      if (!m) {
        const el = ns === SVG_NS ? doc.createElementNS(SVG_NS, tag) : doc.createElement(tag);
        const host = ns === SVG_NS ? doc.createElementNS(SVG_NS, 'svg') : doc.body;
        if (host !== doc.body) doc.body.appendChild(host);
        host.appendChild(el);
        const cs = (frame.contentWindow as Window).getComputedStyle(el);
        m = new Map();
        for (let i = 0; i < cs.length; i++) {
          const p = cs.item(i);
          m.set(p, cs.getPropertyValue(p));
        }
        el.remove();
        if (host !== doc.body) host.remove();
        cache.set(key, m);
      }
      return m;
    },
    dispose: () => frame.remove(),
  };
}

/** The inline style of an HTML or SVG element (every element the state view draws is one). */
const inlineStyleOf = (el: Element): CSSStyleDeclaration => (el as HTMLElement | SVGElement).style;

function inlineStyles(source: Element, clone: Element, defaults: ReturnType<typeof defaultsReader>): void {
  const cs = getComputedStyle(source);
  const base = defaults.get(source.localName, source.namespaceURI);
  const decls: string[] = [];
  for (let i = 0; i < cs.length; i++) {
    const p = cs.item(i);
    const v = cs.getPropertyValue(p);
    if (base.get(p) !== v) decls.push(`${p}:${v}`);
  }
  // Motion stops where it is: the picture is a still.
  decls.push('animation:none', 'transition:none');
  // Through the CSSOM, not setAttribute('style'): the app's Content-Security-Policy
  // refuses style attributes (style-src-attr 'none'), even on a detached clone.
  inlineStyleOf(clone).cssText = decls.join(';');
  if (source instanceof HTMLInputElement || source instanceof HTMLTextAreaElement) clone.setAttribute('value', source.value);
  const kids = source.children;
  const cloneKids = clone.children;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    const c = cloneKids[i];
    if (k && c) inlineStyles(k, c, defaults);
  }
}

export interface FrameSvg {
  svg: string;
  width: number;
  height: number;
}

export function frameToSvg(el: HTMLElement): FrameSvg {
  const rect = el.getBoundingClientRect();
  const width = Math.ceil(Math.max(el.scrollWidth, rect.width));
  const height = Math.ceil(Math.max(el.scrollHeight, rect.height));
  const clone = el.cloneNode(true) as HTMLElement;
  for (const s of clone.querySelectorAll('script')) s.remove();
  const defaults = defaultsReader();
  try {
    inlineStyles(el, clone, defaults);
  } finally {
    defaults.dispose();
  }
  // Canvases do not survive cloning: carry their pixels as images.
  const canvases = el.querySelectorAll('canvas');
  const cloned = clone.querySelectorAll('canvas');
  canvases.forEach((c, i) => {
    const img = document.createElement('img');
    try {
      img.src = c.toDataURL();
    } catch {
      return;
    }
    img.style.cssText = cloned[i]?.style.cssText ?? '';
    cloned[i]?.replaceWith(img);
  });
  let bg = getComputedStyle(el).backgroundColor;
  if (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent') bg = getComputedStyle(document.body).backgroundColor;
  if (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent') bg = '#ffffff';
  clone.style.margin = '0';
  clone.style.width = `${width}px`;
  clone.style.height = `${height}px`;
  clone.style.backgroundColor = bg;
  clone.setAttribute('xmlns', 'http://www.w3.org/1999/xhtml');
  const body = new XMLSerializer().serializeToString(clone);
  const svg =
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<foreignObject x="0" y="0" width="${width}" height="${height}">${body}</foreignObject></svg>`;
  return { svg, width, height };
}

export async function svgToPng(frame: FrameSvg, scale = 2): Promise<Blob> {
  const img = new Image();
  img.decoding = 'sync';
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(frame.svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(frame.width * scale);
  canvas.height = Math.round(frame.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, frame.width, frame.height);
  return new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('the PNG could not be encoded'))), 'image/png'));
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The element the images are made of: the kernel state view. */
export function stateViewElement(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.state-view, [aria-label="kernel state"]');
}
