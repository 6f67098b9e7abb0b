// The card the playing tour's stop puts on the stage, if any (packs/contract.ts StopCard).

import { selectModel, selectTourPlay, useAppStore } from '../../store';
import { CountsCard } from './CountsCard';

export function StopCard() {
  const play = useAppStore(selectTourPlay);
  const model = useAppStore(selectModel);
  const card = play?.tour.stops[play.index]?.view.card;
  if (card === 'explorer-counts') return <CountsCard scenario={model.scenario} />;
  return null;
}
