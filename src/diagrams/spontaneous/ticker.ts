/**
 * A tiny external store that says "the live run moved on": the animation
 * loop ticks it, and only the two traces subscribe, so a frame re-renders
 * the drawings and not the sliders and readouts around them.
 */
export interface Ticker {
  subscribe: (listener: () => void) => () => void;
  /** How many ticks so far (the store's snapshot). */
  version: () => number;
  tick: () => void;
}

/** A ticker with no listeners yet. */
export function createTicker(): Ticker {
  const listeners = new Set<() => void>();
  let count = 0;
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => count,
    tick() {
      count = (count + 1) % 1_000_000;
      for (const listener of listeners) listener();
    },
  };
}
