// Talk mode's screen: the stage (with, while a tour plays, the stop in its head), talk
// mode's own layer (blank screen, speaker notes, the address) and a playing stop's
// notes when N is on. One chunk, loaded when a page enters talk mode.

import { selectNotes, useAppStore } from '../../store';
import { Stage } from '../stage/Stage';
import { StopCard } from '../stage/StopCard';
import { TourStopIndicator, TourStopNotes } from '../tours/TourStopIndicator';
import { TalkLayer } from './TalkLayer';

export function TalkScreen() {
  const notes = useAppStore(selectNotes);
  return (
    <>
      <Stage kind="talk" head={<TourStopIndicator />} aside={<StopCard />} />
      <TalkLayer />
      {notes ? <TourStopNotes /> : null}
    </>
  );
}
