// The three ways to drag a chip. The pointer sensor leaves touch to the touch
// sensor (a press-and-hold, so a swipe still scrolls), and the keyboard sensor
// keeps Enter free for "show the state after this step".

import {
  KeyboardSensor,
  PointerSensor,
  type PointerSensorOptions,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { PointerEvent } from 'react';

class MousePenSensor extends PointerSensor {
  static activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: (event: PointerEvent, options: PointerSensorOptions): boolean =>
        event.nativeEvent.pointerType !== 'touch' &&
        (PointerSensor.activators[0]?.handler(event, options) ?? false),
    },
  ];
}

export function useTimelineSensors() {
  return useSensors(
    useSensor(MousePenSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 220, tolerance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );
}
