// Our exporter (src/svg-export) alone in a bundle, for scripts/svg-measure/measure.ts:
// the page gets it as a file of its own origin, as the Content-Security-Policy wants.
import { regionToSvg } from '../../src/svg-export';

(window as unknown as Record<string, unknown>).__ours = (roots: Element[], skip: string) => regionToSvg(roots, { skip }).svg;
