import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DiagramRoot } from '../diagrams/DiagramRoot';
import type { AnyDiagram } from '../diagrams/types';
import { defaults } from '../params/schema';

/** The readout names a diagram shows with its default params (build time only: renders on the server). */
export function readoutNames(def: AnyDiagram): string[] {
  const html = renderToStaticMarkup(createElement(DiagramRoot, { def, initial: defaults(def.schema), notices: [] }));
  const names = [...html.matchAll(/data-readout="([^"]+)"/g)].map((match) => match[1]);
  return [...new Set(names)];
}
