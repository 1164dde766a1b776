import { useCallback, useState } from 'react';
import type { ComponentType, ReactNode } from 'react';
import type { Primitives } from './primitives';

/** The animated primitives and the provider they need. */
export interface MotionKit {
  primitives: Primitives;
  Provider: ComponentType<{ children: ReactNode }>;
}

let loading: Promise<MotionKit> | undefined;

/** Load the motion kit once per page (a failed load may be retried). */
function loadKit(): Promise<MotionKit> {
  loading ??= import('./motionKit').then(
    (module) => ({ primitives: module.MOTION, Provider: module.MotionProvider }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The morph's motion kit: null until `request()` (on a reader's intent —
 * hover, focus, a change of view), then the loaded kit.
 */
export function useMotionKit(): { kit: MotionKit | null; request: () => Promise<MotionKit> } {
  const [kit, setKit] = useState<MotionKit | null>(null);
  const request = useCallback(
    () =>
      loadKit().then((loaded) => {
        setKit(loaded);
        return loaded;
      }),
    [],
  );
  return { kit, request };
}
