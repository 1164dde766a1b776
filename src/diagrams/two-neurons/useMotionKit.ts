import { useCallback, useRef, useState } from 'react';
import type { ComponentType, ReactNode } from 'react';
import type { Primitives } from './primitives';

/** The animated primitives and the provider they need. */
export interface MotionKit {
  primitives: Primitives;
  Provider: ComponentType<{ children: ReactNode }>;
}

/** Load the motion kit (the module loader fetches it once per page). */
function loadKit(): Promise<MotionKit> {
  return import('./motionKit').then((module) => ({ primitives: module.MOTION, Provider: module.MotionProvider }));
}

/**
 * The morph's motion kit: null until `request()` (on a reader's intent —
 * hover, focus, a change of view), then the loaded kit.
 */
export function useMotionKit(): { kit: MotionKit | null; request: () => Promise<MotionKit> } {
  const [kit, setKit] = useState<MotionKit | null>(null);
  // One load at a time for this instance; a failed load may be retried.
  const loading = useRef<Promise<MotionKit> | null>(null);
  const request = useCallback(() => {
    loading.current ??= loadKit().then(
      (loaded) => {
        setKit(loaded);
        return loaded;
      },
      (error: unknown) => {
        loading.current = null;
        throw error;
      },
    );
    return loading.current;
  }, []);
  return { kit, request };
}
