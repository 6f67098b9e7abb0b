// The view a speaker puts on a slide, as a file: the verdict line, the kernel picture
// and the timeline, laid out as they are on screen, made of real SVG elements (rect,
// path, text: see src/svg-export), and that SVG rasterized at 2x for the PNG. What the
// panels scroll out of view stays out: a slide shows the screen. The file says so in
// its <desc> (and the PNG in a tEXt chunk), with the steps the timeline shows.
// This file knows the app's screen (which parts, which controls to leave out); the
// exporter it calls knows no app.

import { regionToSvg, svgToPng as rasterize } from '../../svg-export';

/**
 * The parts of the screen exported (the verdict itself: its header row lays out with
 * display: contents and has no box), and the controls inside them that a slide does without.
 */
const ROOTS = ['.verdict', '.app__main'];
const SKIP = ['.share-bar', '.side__tabs', '.tl-toolbar', '.tl-run', '.tl-callout', '.explore-toggle', '.explore-panel'].join(', ');

export interface FrameSvg {
  svg: string;
  width: number;
  height: number;
  title: string;
  desc: string;
}

/** Which of the timeline's steps are in view, when it scrolls. */
function timelineNote(within: ParentNode): string | null {
  const box = within.querySelector('.tl-scroll');
  if (!box || box.scrollHeight <= box.clientHeight + 1) return null;
  const r = box.getBoundingClientRect();
  const steps = [...box.querySelectorAll<HTMLElement>('[data-testid="step"]')];
  const shown = steps.filter((s) => {
    const c = s.getBoundingClientRect();
    return c.top >= r.top - 1 && c.bottom <= r.top + box.clientHeight + 1;
  });
  const first = shown[0]?.dataset.position;
  const last = shown[shown.length - 1]?.dataset.position;
  if (first === undefined || last === undefined) return 'The timeline is scrolled past all its steps.';
  return `The timeline shows steps ${Number(first) + 1}-${Number(last) + 1} of ${steps.length}, as the screen did; the others are scrolled out of view.`;
}

/** Other panels cut by their scrolling, named by their accessible label. */
function scrolledNotes(roots: Element[]): string[] {
  const out: string[] = [];
  for (const root of roots) {
    for (const el of root.querySelectorAll<HTMLElement>('[aria-label]')) {
      if (el.closest(SKIP)) continue;
      const cs = getComputedStyle(el);
      const scrolls = /auto|scroll/.test(cs.overflowX + cs.overflowY);
      if (!scrolls || (el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1)) continue;
      // The timeline's height is told in steps (timelineNote).
      const tall = !el.matches('.tl-scroll') && el.scrollHeight > el.clientHeight + 1;
      const cut = [
        el.scrollWidth > el.clientWidth + 1 ? `${Math.round((100 * el.clientWidth) / el.scrollWidth)}% of its width` : '',
        tall ? `${Math.round((100 * el.clientHeight) / el.scrollHeight)}% of its height` : '',
      ].filter(Boolean);
      if (cut.length) out.push(`The panel "${el.getAttribute('aria-label')}" shows ${cut.join(' and ')}; the rest is scrolled out of view.`);
    }
  }
  return out;
}

/** The current view of the app in `within` (its instance's root) as a standalone SVG, or null when the screen has nothing to export. */
export function exportSlide(info: { title: string; link: string }, within: ParentNode = document): FrameSvg | null {
  let roots = ROOTS.map((s) => within.querySelector(s)).filter((e): e is Element => e !== null);
  if (roots.length === 0) roots = [...within.querySelectorAll('.state-view')];
  if (roots.length === 0) return null;
  const notes = [timelineNote(within), ...scrolledNotes(roots)].filter((n): n is string => n !== null);
  const desc = [...notes, `The view: ${info.link}`].join(' ');
  const { svg, width, height } = regionToSvg(roots, { skip: SKIP, title: info.title, desc });
  return { svg, width, height, title: info.title, desc };
}

/** The frame as a PNG, its title and description kept as text chunks, `software` naming the app that made it. */
export function svgToPng(frame: FrameSvg, software: string, scale = 2): Promise<Blob> {
  return rasterize(frame, scale, { Title: frame.title, Description: frame.desc, Software: software });
}
