import { useCallback, useRef, useState } from 'react';
import { useReducedMotion } from './useReducedMotion';

/**
 * Whether a live simulation runs: when its `playing` param says so and, for a
 * reader who asked for reduced motion, only after they press Play themselves.
 */
export function usePlayback(playing: boolean, setPlaying: (playing: boolean) => void) {
  const reduced = useReducedMotion();
  const [asked, setAsked] = useState(false);
  const running = playing && (!reduced || asked);
  // Stable across renders (it reads the latest state through a ref), so memoised buttons skip animation frames.
  const latest = useRef({ running, setPlaying });
  latest.current = { running, setPlaying };
  const toggle = useCallback(() => {
    if (latest.current.running) latest.current.setPlaying(false);
    else {
      setAsked(true);
      latest.current.setPlaying(true);
    }
  }, []);
  return { running, reduced, toggle };
}

/** The Play/Pause button of a live simulation. */
export function PlayPause({ running, onToggle }: { running: boolean; onToggle: () => void }) {
  return (
    <button type="button" onClick={onToggle}>
      {running ? 'Pause' : 'Play'}
    </button>
  );
}
