import type { ComponentType, ReactNode, SVGProps } from 'react';

/** Path, circle and form group the morph is drawn with: plain here, animated in motionKit.tsx. */
export interface Primitives {
  Path: ComponentType<Omit<SVGProps<SVGPathElement>, 'ref' | 'd'> & { d: string }>;
  Circle: ComponentType<Omit<SVGProps<SVGCircleElement>, 'ref' | 'cx' | 'cy' | 'r'> & { cx: number; cy: number; r: number }>;
  /** A group that belongs to one form: shown in it, hidden in the other. */
  Only: ComponentType<{ shown: boolean; children: ReactNode }>;
}

/** Shapes drawn as they are, with no animation (server, reduced motion, before the motion kit loads). */
export const PLAIN: Primitives = {
  Path: (props) => <path {...props} />,
  Circle: (props) => <circle {...props} />,
  Only: ({ shown, children }) => (
    <g opacity={shown ? 1 : 0} aria-hidden="true">
      {children}
    </g>
  ),
};
