import { useRef, useState } from 'react';
import { useClientLayoutEffect } from '../../ui/useClientLayoutEffect';

/**
 * The value, recomputed sparingly: a change after a quiet spell (a link, a
 * key press, a click) comes through at once, before paint; changes in quick
 * succession (a drag) come through once they stop for `delayMs`. So a costly
 * result (10 s of simulated noise) is not recounted on every step of a drag.
 * The first render uses the value itself, so server and client agree.
 */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  const lastChange = useRef(-Infinity);
  useClientLayoutEffect(() => {
    if (Object.is(value, settled)) return;
    const now = performance.now();
    const quiet = now - lastChange.current > delayMs;
    lastChange.current = now;
    if (quiet) {
      setSettled(value);
      return;
    }
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
