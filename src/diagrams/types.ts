import type { ComponentType } from 'react';
import type { Fields, ParamsOf, Schema } from '../params/schema';
import type { ParamsStore } from '../params/store';

/**
 * What every diagram's view receives: its instance's params store and a
 * unique id prefix. A view reads what it draws through the hooks in
 * src/ui/live.ts (`useParams` for all of it, `useSelect` for a slice,
 * `useLive` for one element written in place) and changes params with
 * `store.set`; controls find the store themselves and are bound to fields
 * by name (src/ui/controls.tsx).
 */
export interface DiagramViewProps<P> {
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
  View: ComponentType<DiagramViewProps<ParamsOf<F>>>;
}

/** Declare a diagram with its param types checked against its schema. */
export function defineDiagram<F extends Fields>(def: DiagramDef<F>): DiagramDef<F> {
  return def;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDiagram = DiagramDef<any>;
