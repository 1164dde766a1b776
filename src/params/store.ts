import { patchParams, type Fields, type ParamsOf, type Schema } from './schema';

/**
 * Where a diagram's state lives while it is on a page: one store per
 * instance, owned by `mount()`. Views read it through the hooks in
 * src/ui/live.ts; the URL, a host page and the web component's `change`
 * event observe it. Every value it holds has been through the schema.
 */

/** Something that holds a value and tells listeners when it changes. */
export interface Source<T> {
  get(): T;
  /** Call `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** A value that can be patched and replaced: a view's own running state (a clock, a rolling window). */
export interface Store<T> extends Source<T> {
  /** Merge a patch; listeners run only if some value actually changed. */
  set(patch: Partial<T>): void;
  /** Replace the whole value. */
  replace(next: T): void;
}

/** A diagram's params: every `set` goes through the schema, and the page observes after the view has drawn. */
export interface ParamsStore<P> extends Source<P> {
  /** Apply a reader's change: each value is checked against its field and the schema's `normalize` runs. */
  set(patch: Partial<P>): void;
  /** Replace every param with values already parsed (a scene, the URL, a host's message); `notices` replace the shown ones. */
  replace(next: P, notices?: string[]): void;
  /** What the reader is told about settings that could not be used. */
  notices: Store<{ list: string[] }>;
  /** Listen as the page does: after every subscriber (the view's own elements) has run. */
  observe(listener: () => void): () => void;
}

function emitter() {
  const listeners = new Set<() => void>();
  return {
    // A listener may unsubscribe another while they run: iterate over a copy.
    emit: () => [...listeners].forEach((listener) => listener()),
    add(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export function createStore<T extends object>(initial: T): Store<T> {
  let value = initial;
  const changed = emitter();
  return {
    get: () => value,
    set(patch) {
      const keys = Object.keys(patch) as (keyof T)[];
      if (keys.every((key) => Object.is(value[key], patch[key]))) return;
      value = { ...value, ...patch };
      changed.emit();
    },
    replace(next) {
      if (next === value) return;
      value = next;
      changed.emit();
    },
    subscribe: changed.add,
  };
}

export function createParamsStore<F extends Fields>(schema: Schema<F>, initial: ParamsOf<F>, notices: string[] = []): ParamsStore<ParamsOf<F>> {
  let value = initial;
  const changed = emitter();
  const observers = emitter();
  const shown = createStore({ list: notices });
  const update = (next: ParamsOf<F>): void => {
    if (next === value) return;
    value = next;
    changed.emit();
    observers.emit();
  };
  return {
    get: () => value,
    set(patch) {
      const { params, notices: fixed } = patchParams(schema, value, patch);
      update(params);
      if (fixed.length) shown.replace({ list: fixed });
    },
    replace(next, list) {
      update(next);
      if (list) shown.replace({ list });
    },
    notices: shown,
    subscribe: changed.add,
    observe: observers.add,
  };
}

/**
 * A value computed from a source: lazily, at most once per value of the
 * source, however many elements read it. Changes when the source does.
 */
export function derive<S, T>(source: Source<S>, compute: (value: S) => T): Source<T> {
  const remembered = memoLast(compute);
  return { get: () => remembered(source.get()), subscribe: (listener) => source.subscribe(listener) };
}

/**
 * `compute` remembering its last argument's result (by `Object.is`): make
 * one per instance (in `useState`, or inside a store's `derive`) so what it
 * remembers goes with the instance, never with the module.
 */
export function memoLast<A, R>(compute: (arg: A) => R): (arg: A) => R {
  let last: { arg: A; result: R } | undefined;
  return (arg) => {
    if (!last || !Object.is(last.arg, arg)) last = { arg, result: compute(arg) };
    return last.result;
  };
}
