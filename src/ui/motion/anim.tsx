// The animated leaves, in their own chunk: framer-motion (LazyMotion + domAnimation +
// `m`) loads after first paint and never weighs on the initial bundle. Each leaf
// carries its own providers; MotionConfig reducedMotion="user" honours
// prefers-reduced-motion.

import { AnimatePresence, domAnimation, LazyMotion, m, MotionConfig } from 'framer-motion';
import type { ElementType, ReactNode } from 'react';
import { EmptyMark, type MotionBoxProps } from './MotionBox';

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

/** A value that pops in when it appears and shrinks away when it goes (MotionBox.tsx's AnimatedValueBox). */
export function AnimatedValue({ value }: { value: string | null }) {
  return (
    <Provider>
      <AnimatePresence initial={false}>
        {value ? (
          <m.b
            key={value}
            initial={{ scale: 0.2, opacity: 0 }}
            animate={{ scale: 1, opacity: 1 }}
            exit={{ scale: 0.2, opacity: 0 }}
            transition={{ duration: 0.3 }}
          >
            {value}
          </m.b>
        ) : (
          <EmptyMark key="empty" />
        )}
      </AnimatePresence>
    </Provider>
  );
}
