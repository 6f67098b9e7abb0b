// What the rest of the app uses of the exporter: a region of the page as SVG, and an
// SVG as PNG. See README.md.
export { type RegionOptions, type RegionSvg, regionToSvg } from './document';
export { svgToPng } from './png';
