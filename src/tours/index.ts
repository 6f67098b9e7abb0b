// Tours: a speaker's ordered stops, saved as a versioned file or a link, and the packs'
// built-in tours. Pure: the store plays them, components build and save them.
export { encodeTour, tourFileName, TOUR_FORMAT, TOUR_VERSION } from './format';
export type { SavedStop, SavedTour } from './format';
export { decodeTour } from './decode';
export type { DecodedTour } from './decode';
export { migrateTour, TOUR_MIGRATIONS } from './migrate';
export { isTourLink, tourAddress } from './address';
export { decodeTourLink, MAX_TOUR_LINK, tourIssue, tourLinkFor } from './link';
export type { DecodedTourLink, TourLink } from './link';
export { loadBuiltinTours, resolveTourDef } from './builtin';
export type { BuiltinTour } from './builtin';
