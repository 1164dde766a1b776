import type { ComponentType } from 'react';
import type { Fields, ParamsOf, Schema } from '../params/schema';
import type { ParamsStore } from './store';

/** What a diagram's view receives: its params, a way to change them, and a unique id prefix. */
export interface DiagramViewProps<P> {
  params: P;
  /** Apply a reader's change to some params. */
  set: (patch: Partial<P>) => void;
  /** A prefix unique to this instance, for ARIA ids. */
  uid: string;
}

/**
 * What a live view receives: the params store itself. It reads params through
 * `useSelect` and `useLive` (src/diagrams/live.ts) and changes them with
 * `store.set`; the root never re-renders it, so a slider input costs only the
 * elements that show it.
 */
export interface LiveViewProps<P> {
  store: ParamsStore<P>;
  /** A prefix unique to this instance, for ARIA ids. */
  uid: string;
}

/**
 * One diagram: what every folder `src/diagrams/<id>/index.tsx` exports as default.
 * The essay, the embed page, the web component and the docs all read this.
 */
export interface DiagramDef<F extends Fields = Fields> {
  /** Public, stable id; also the folder name and the embed route. */
  id: string;
  title: string;
  /** What the reader sees and can do, in one or two sentences (screen readers, gallery). */
  description: string;
  schema: Schema<F>;
  /** Named states the essay's scroll steps can ask for: a patch of params. */
  scenes?: Record<string, Partial<ParamsOf<F>>>;
  /** The view, re-rendered with every change of params… */
  View?: ComponentType<DiagramViewProps<ParamsOf<F>>>;
  /** …or, for a view that must stay smooth while scrubbed, one that reads the store itself. Give exactly one. */
  LiveView?: ComponentType<LiveViewProps<ParamsOf<F>>>;
}

/** Declare a diagram with its param types checked against its schema. */
export function defineDiagram<F extends Fields>(def: DiagramDef<F>): DiagramDef<F> {
  return def;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDiagram = DiagramDef<any>;
