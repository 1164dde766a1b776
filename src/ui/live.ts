/**
 * Hooks that read a diagram's params store (src/params/store.ts).
 *
 * - `useSelect` re-renders a component only when the slice it selects changes
 *   (the structure of a drawing: how many synapses, which model).
 * - `useLive` binds one element's text, attributes or input value to the
 *   store and writes them straight to the DOM on every change; React never
 *   re-renders for them. The same `view` function gives the values React
 *   renders first (and on the server), so what is drawn is computed in one
 *   place only.
 *
 * A slider scrubbed on a cheap phone then costs the few DOM writes it needs,
 * not a render of the whole view (see README, Budgets).
 */
import { createContext, useContext, useMemo, useRef, useSyncExternalStore, type RefObject } from 'react';
import { derive, type ParamsStore, type Source } from '../params/store';
import type { Fields, ParamsOf, Schema } from '../params/schema';
import { useClientLayoutEffect } from './useClientLayoutEffect';
import { fitLiveBox, LIVE_BOX } from './liveBox';
import { settle } from './settle';

/** Attributes a live binding may write: names React and the DOM spell alike. */
export type LiveAttr =
  | 'x'
  | 'y'
  | 'x1'
  | 'x2'
  | 'y1'
  | 'y2'
  | 'cx'
  | 'cy'
  | 'r'
  | 'd'
  | 'width'
  | 'height'
  | 'fill'
  | 'stroke'
  | 'opacity'
  | 'transform'
  | 'points'
  | 'aria-valuetext';

/** What a live element shows: its text, its attributes, and (for an input) its value. */
export interface Shown {
  text?: string;
  attrs?: Partial<Record<LiveAttr, string>>;
  /** An uncontrolled input's value: written as the property, and only when it differs. */
  value?: string;
}

/**
 * Bring one element in line with a view, touching only what differs from the
 * DOM as it is (so a write React skipped, or one made from an older view, is
 * mended). An attribute whose value is undefined is removed.
 */
export function writeLive(element: Element, view: Shown): void {
  if (view.text !== undefined && element.textContent !== view.text) {
    // Keep React's own text node (it may render this element again) rather than replacing it.
    const only = element.firstChild;
    if (only && only === element.lastChild && only.nodeType === 3) only.nodeValue = view.text;
    else element.textContent = view.text;
    if (element.classList.contains(LIVE_BOX)) fitLiveBox(element as HTMLElement);
  }
  if (view.value !== undefined && element instanceof HTMLInputElement && element.value !== view.value) element.value = view.value;
  if (!view.attrs) return;
  for (const [name, value] of Object.entries(view.attrs)) {
    if (value === undefined) element.removeAttribute(name);
    else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
}

/**
 * Bind an element to a source: spread the result on the element
 * (`<text ref={v.ref} {...v.attrs}>{v.text}</text>`); from then on every
 * change of the source is written directly. `view` may be a new closure on
 * each render (the latest is used) and should give the same attribute names
 * every time.
 */
export function useLive<E extends Element, S>(source: Source<S>, view: (value: S) => Shown): Shown & { ref: RefObject<E | null> } {
  const ref = useRef<E>(null);
  const viewRef = useRef(view);
  viewRef.current = view;
  const shown = view(source.get());
  // After each render of its component: React writes only the props that changed since its last render, and the DOM may have moved on since.
  useClientLayoutEffect(() => {
    if (ref.current) writeLive(ref.current, viewRef.current(source.get()));
  });
  useClientLayoutEffect(
    () =>
      source.subscribe(() => {
        if (ref.current) writeLive(ref.current, viewRef.current(source.get()));
      }),
    [source],
  );
  return { ref, ...shown };
}

/**
 * The slice `select` picks from a source; the component re-renders only when
 * it changes (by `equal`, `Object.is` unless given).
 */
export function useSelect<S, T>(source: Source<S>, select: (value: S) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const memo = useRef<{ from: S; select: (value: S) => T; picked: T } | null>(null);
  const snapshot = (): T => {
    const from = source.get();
    const last = memo.current;
    if (last && last.from === from && last.select === select) return last.picked;
    const picked = select(from);
    // An equal slice keeps its identity, so React sees no change.
    memo.current = { from, select, picked: last && equal(last.picked, picked) ? last.picked : picked };
    return memo.current.picked;
  };
  return useSyncExternalStore(source.subscribe, snapshot, snapshot);
}

/** Element-wise equality of two arrays (for `useSelect` of a list). */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}

/** The whole params: the component re-renders with every change (for a view that draws everything from them). */
export function useParams<P>(store: Source<P>): P {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/** `derive` once per instance: `compute` should be a module-level function of the source's value. */
export function useDerived<S, T>(source: Source<S>, compute: (value: S) => T): Source<T> {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- compute is module-level by contract
  return useMemo(() => derive(source, compute), [source]);
}

/** What every control inside a diagram can reach: its params store, its schema, and its id prefix. */
export interface DiagramContextValue {
  store: ParamsStore<ParamsOf<Fields>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any diagram's schema
  schema: Schema<any>;
  uid: string;
}

export const DiagramContext = createContext<DiagramContextValue | null>(null);

/** The diagram a control sits in (controls are bound to its fields by name). */
export function useDiagram(): DiagramContextValue {
  const diagram = useContext(DiagramContext);
  if (!diagram) throw new Error('A diagram control must be rendered inside a diagram.');
  return diagram;
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
