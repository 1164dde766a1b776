import type { AnyDiagram } from '../diagrams/types';
import { defaults, describeField, serializeParams, type Fields, type Schema } from '../params/schema';

/** One row of a diagram's parameter table, as the gallery and the README show it. */
export interface ParamRow {
  name: string;
  type: string;
  range: string;
  default: string;
  meaning: string;
}

/** The parameter table of a schema, in field order, from `describeField`. */
export function paramRows<F extends Fields>(schema: Schema<F>): ParamRow[] {
  return Object.entries(schema.fields).map(([name, field]) => ({ name, ...describeField(field), meaning: field.description }));
}

/** A query that shows what a diagram's params can do: its first scene that differs from the defaults. */
export function exampleQuery(def: AnyDiagram): string {
  for (const patch of Object.values(def.scenes ?? {})) {
    const query = serializeParams(def.schema, { ...defaults(def.schema), ...patch });
    if (query) return query;
  }
  return '';
}
