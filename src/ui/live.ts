/**
 * Hooks that read a diagram's params store.
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
import { useRef, useSyncExternalStore, type RefObject } from 'react';
import type { Source } from './store';
import { useClientLayoutEffect } from '../ui/useClientLayoutEffect';
import { fitLiveBox, LIVE_BOX } from '../ui/liveBox';

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
export interface LiveView {
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
export function writeLive(element: Element, view: LiveView): void {
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
export function useLive<E extends Element, S>(source: Source<S>, view: (value: S) => LiveView): LiveView & { ref: RefObject<E | null> } {
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
