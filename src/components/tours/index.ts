// Tours in the app: the builder panel, its button, and what talk mode shows while one plays.
export { TourButton } from './TourButton';
export { ToursLayer } from './ToursLayer';
export { TourStopIndicator, TourStopNotes } from './TourStopIndicator';
