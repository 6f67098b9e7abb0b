// Elements that animate once framer-motion has loaded (a separate chunk) and render
// the same element, unanimated, until then: the DOM and its meaning never wait for it.

import { type CSSProperties, lazy, type ReactNode } from 'react';
import { Loaded } from '../Loaded';

type Tag = 'div' | 'section' | 'span' | 'path';

/** framer-motion's initial / animate / exit / transition for one element. */
export interface MotionSpec {
  initial?: false | Record<string, number | string>;
  animate?: Record<string, number | string>;
  exit?: Record<string, number | string>;
  transition?: Record<string, number | string>;
}

export interface MotionBoxProps {
  tag: Tag;
  motion: MotionSpec;
  children?: ReactNode;
  className?: string;
  style?: CSSProperties;
  d?: string;
  markerEnd?: string;
  'aria-label'?: string;
  title?: string;
  'aria-hidden'?: boolean;
  [data: `data-${string}`]: string | undefined;
}

const AnimatedBox = lazy(() => import('./anim').then((mod) => ({ default: mod.AnimatedBox })));
const AnimatedValue = lazy(() => import('./anim').then((mod) => ({ default: mod.AnimatedValue })));

export function MotionBox(props: MotionBoxProps) {
  const { tag: Tag, motion: _motion, ...rest } = props;
  return (
    <Loaded what="An animation" fallback={<Tag {...rest} />} failed={<Tag {...rest} />}>
      <AnimatedBox {...props} />
    </Loaded>
  );
}

/**
 * A short value that pops in when it appears and shrinks away when it goes, or an empty
 * mark (a slot of a table, a field of a struct): `value`, or null for empty.
 */
export function AnimatedValueBox({ value }: { value: string | null }) {
  const still = value ? <b>{value}</b> : <EmptyMark />;
  return (
    <Loaded what="An animation" fallback={still} failed={still}>
      <AnimatedValue value={value} />
    </Loaded>
  );
}

/** An empty slot: a dot, read out as "empty". */
export function EmptyMark() {
  return (
    <span className="sv-muted">
      <span aria-hidden="true">·</span>
      <span className="sv-visually-hidden">empty</span>
    </span>
  );
}
