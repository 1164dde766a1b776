/**
 * What the embed browser tests need to know about the diagrams, computed in
 * Node from the same registry and schemas as the site, so every test covers
 * every registered diagram.
 */
import { createServer, type Server } from 'node:http';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DiagramRoot } from '../../src/diagrams/DiagramRoot';
import { diagramIds, loadDiagram } from '../../src/diagrams/registry';
import type { AnyDiagram } from '../../src/diagrams/types';
import { exampleQuery } from '../../src/embed/paramRows';
import { defaults, parseParams, serializeParams, type Field } from '../../src/params/schema';

export { diagramIds };

/** A diagram's definition (it must exist). */
export async function def(id: string): Promise<AnyDiagram> {
  const found = await loadDiagram(id);
  if (!found) throw new Error(`no diagram ${id}`);
  return found;
}

function otherValue(field: Field): unknown {
  switch (field.kind) {
    case 'number':
      return field.default !== field.max ? field.max : field.min;
    case 'choice':
      return field.choices.find((c) => c !== field.default);
    case 'boolean':
      return !field.default;
    case 'list':
      return field.default.map((v) => (v === field.max ? field.min : field.max));
    default:
      return undefined;
  }
}

/** A valid query that differs from the defaults: the gallery's example, or one field changed. */
export function alternateQuery(d: AnyDiagram): string {
  const example = exampleQuery(d);
  if (example) return example;
  for (const [name, field] of Object.entries(d.schema.fields as Record<string, Field>)) {
    const value = otherValue(field);
    if (value === undefined) continue;
    const query = serializeParams(d.schema, { ...defaults(d.schema), [name]: value });
    if (query) return query;
  }
  return '';
}

/** The canonical query the schema makes of any input (what the embed page's URL should become). */
export function canonical(d: AnyDiagram, input: string): string {
  return serializeParams(d.schema, parseParams(d.schema, input).params);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" };

/** Readout texts of a server render with the given query: name → text. */
export function serverReadouts(d: AnyDiagram, query: string): Map<string, string> {
  const { params, notices } = parseParams(d.schema, query);
  const html = renderToStaticMarkup(createElement(DiagramRoot, { def: d, initial: params, notices }));
  const out = new Map<string, string>();
  for (const [, name, text] of html.matchAll(/<output[^>]*data-readout="([^"]+)"[^>]*>([^<]*)<\/output>/g)) {
    out.set(
      name,
      text.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, e: string) => ENTITIES[e]),
    );
  }
  return out;
}

/** The first diagram whose alternate query changes a readout, with that readout's name and new text. */
export async function readoutSubject(): Promise<{ id: string; query: string; name: string; before: string; after: string }> {
  for (const id of diagramIds) {
    const d = await def(id);
    const query = alternateQuery(d);
    const before = serverReadouts(d, '');
    const after = serverReadouts(d, query);
    for (const [name, text] of after) if (before.get(name) !== text) return { id, query, name, before: before.get(name) ?? '', after: text };
  }
  throw new Error('no diagram changes a readout with its alternate query');
}

/** Serve fixed pages from another origin (127.0.0.1, a free port): path → [type, body]. */
export function hostServer(pages: Record<string, [string, string] | ((url: string) => [string, string])>): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = pages[path];
    if (!page) {
      res.writeHead(404).end('not found');
      return;
    }
    const [type, body] = typeof page === 'function' ? page(req.url ?? '/') : page;
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    });
  });
}
