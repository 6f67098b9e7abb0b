// The animated leaves, in their own chunk: framer-motion (LazyMotion + domAnimation +
// `m`) loads after first paint and never weighs on the initial bundle. Each leaf
// carries its own providers; MotionConfig reducedMotion="user" honours
// prefers-reduced-motion.

import { AnimatePresence, domAnimation, LazyMotion, m, MotionConfig } from 'framer-motion';
import type { ElementType, ReactNode } from 'react';
import type { MotionBoxProps } from './MotionBox';

function Provider({ children }: { children: ReactNode }) {
  return (
    <LazyMotion features={domAnimation} strict>
      <MotionConfig reducedMotion="user">{children}</MotionConfig>
    </LazyMotion>
  );
}

export function AnimatedBox({ tag, motion, ...rest }: MotionBoxProps) {
  const M = m[tag] as ElementType;
  return (
    <Provider>
      <M {...rest} {...motion} />
    </Provider>
  );
}

/** A buffer_radix slot's content: the eb pops in on insert and shrinks away on delete. */
export function AnimatedSlot({ eb }: { eb: string | null }) {
  return (
    <Provider>
      <AnimatePresence initial={false}>
        {eb ? (
          <m.b
            key={eb}
            initial={{ scale: 0.2, opacity: 0 }}
            animate={{ scale: 1, opacity: 1 }}
            exit={{ scale: 0.2, opacity: 0 }}
            transition={{ duration: 0.3 }}
          >
            {eb}
          </m.b>
        ) : (
          <EmptySlot key="empty" />
        )}
      </AnimatePresence>
    </Provider>
  );
}

export function EmptySlot() {
  return (
    <span className="sv-muted">
      <span aria-hidden="true">·</span>
      <span className="sv-visually-hidden">empty</span>
    </span>
  );
}
