import { settle } from '../ui/settle';

/**
 * A diagram's params in one place that says when they change: the single
 * source of truth a live view reads through hooks (src/diagrams/live.ts), so
 * a slider input can update the few elements that show it without React
 * re-rendering the whole view.
 */

/** Something that holds a value and tells listeners when it changes. */
export interface Source<T> {
  get(): T;
  /** Call `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** A diagram's params: read, patch, replace, listen. */
export interface ParamsStore<P> extends Source<P> {
  /** Merge a patch; listeners run only if some value actually changed. */
  set(patch: Partial<P>): void;
  /** Replace every param (from the page: a scene, the URL, a host's message). */
  replace(next: P): void;
}

export function createParamsStore<P extends object>(initial: P): ParamsStore<P> {
  let value = initial;
  const listeners = new Set<() => void>();
  const emit = (): void => {
    // A listener may unsubscribe another while they run: iterate over a copy.
    for (const listener of [...listeners]) listener();
  };
  return {
    get: () => value,
    set(patch) {
      const keys = Object.keys(patch) as (keyof P)[];
      if (keys.every((key) => Object.is(value[key], patch[key]))) return;
      value = { ...value, ...patch };
      emit();
    },
    replace(next) {
      if (next === value) return;
      value = next;
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * A value computed from a source: lazily, at most once per value of the
 * source, however many elements read it. Changes when the source does.
 */
export function derive<S, T>(source: Source<S>, compute: (value: S) => T): Source<T> {
  let from: S | undefined;
  let computed = false;
  let value: T;
  return {
    get() {
      const current = source.get();
      if (!computed || current !== from) {
        value = compute(current);
        from = current;
        computed = true;
      }
      return value;
    },
    subscribe: (listener) => source.subscribe(listener),
  };
}

/**
 * A source that follows `source` at the pace a reader reads: the first
 * change after a quiet spell comes through at once (a key press, a scene,
 * the URL applied on load), and the changes of a burst (a slider being
 * scrubbed) only once the source has been still for `ms`. For text that
 * wraps, a sentence with live numbers: it cannot have a box of its own, so
 * each change of it lays out the page around it. While a slider moves, the
 * numbers in boxes move with it and the sentence catches up when the reader
 * pauses. With no listener it is simply the source.
 */
export function lagging<T>(source: Source<T>, ms = 150): Source<T> {
  let value = source.get();
  let lastChange = -Infinity;
  let waiting = false;
  const listeners = new Set<() => void>();
  const show = (): void => {
    waiting = false;
    const next = source.get();
    if (next === value) return;
    value = next;
    for (const listener of [...listeners]) listener();
  };
  const catchUp = settle(ms, show);
  const onChange = (): void => {
    const now = performance.now();
    const quiet = now - lastChange >= ms;
    lastChange = now;
    if (quiet && !waiting) show();
    else {
      waiting = true;
      catchUp.poke();
    }
  };
  let unsubscribe: (() => void) | undefined;
  return {
    get: () => (listeners.size ? value : source.get()),
    subscribe(listener) {
      if (!listeners.size) {
        value = source.get();
        unsubscribe = source.subscribe(onChange);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size) return;
        unsubscribe?.();
        catchUp.cancel();
        waiting = false;
      };
    },
  };
}
