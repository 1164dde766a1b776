/**
 * The animated primitives of the morph, on framer-motion. Loaded only when a
 * reader first asks for the morph (hover, focus or a change of view): with
 * framer-motion's features it weighs about 30 KB gzip, which would not fit the
 * embed page's budget if it came with the first load.
 */
import type { ReactNode } from 'react';
import { LazyMotion, domAnimation, m } from 'framer-motion';
import type { Primitives } from './primitives';

const SHAPE_S = 0.9;
const SHAPE = { duration: SHAPE_S, ease: 'easeInOut' } as const;
const FADE_OUT = { duration: 0.25 } as const;
const FADE_IN = { delay: SHAPE_S * 0.7, duration: 0.3 } as const;

/** Shapes that animate to their new geometry: d, cx, cy and r interpolate point by point. */
export const MOTION: Primitives = {
  Path: ({ d, ...rest }) => <m.path initial={false} animate={{ d }} transition={SHAPE} {...(rest as object)} />,
  Circle: ({ cx, cy, r, ...rest }) => <m.circle initial={false} animate={{ cx, cy, r }} transition={SHAPE} {...(rest as object)} />,
  Only: ({ shown, children }) => (
    <m.g initial={false} animate={{ opacity: shown ? 1 : 0 }} transition={shown ? FADE_IN : FADE_OUT} aria-hidden="true">
      {children}
    </m.g>
  ),
};

/** Provides framer-motion's animation features to the primitives inside. */
export function MotionProvider({ children }: { children: ReactNode }) {
  return (
    <LazyMotion features={domAnimation} strict>
      {children}
    </LazyMotion>
  );
}
