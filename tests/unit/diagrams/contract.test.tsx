/**
 * The contract every registered diagram keeps: it renders on the server with
 * its defaults and with any garbage, carries data-diagram, has readouts, and
 * its scenes and defaults are valid params.
 */
import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { DiagramRoot } from '../../../src/diagrams/DiagramRoot';
import { diagramIds, loadDiagram } from '../../../src/diagrams/registry';
import { defaults, parseParams, serializeParams, type Field } from '../../../src/params/schema';
import { hostileQueries } from '../../shared/hostile';

const HOSTILE = [
  'k=abc&w=<script>alert(1)</script>&n=1e309',
  `x=${'9,'.repeat(10000)}`,
  'syn=javascript:alert(1)&model=%3Cimg%20src%3Dx%3E',
  'a=1&a=2&b=NaN&c=Infinity&d=-1&e=%00',
];

describe.each(diagramIds.map((id) => [id]))('diagram %s', (id) => {
  it('is registered under its folder name with a title, description and documented fields', async () => {
    const def = (await loadDiagram(id))!;
    expect(def.id).toBe(id);
    expect(def.title.length).toBeGreaterThan(3);
    expect(def.description.length).toBeGreaterThan(20);
    for (const [name, field] of Object.entries(def.schema.fields as Record<string, { description: string }>)) {
      expect(name).toMatch(/^[a-z][a-z0-9]*$/);
      expect(field.description.length, name).toBeGreaterThan(5);
    }
  });

  it('has a view, written on the one contract (it takes the store)', async () => {
    const def = (await loadDiagram(id))!;
    expect(typeof def.View).toBe('function');
  });

  it('renders its defaults on the server with readouts inside data-diagram', async () => {
    const def = (await loadDiagram(id))!;
    const html = renderToString(<DiagramRoot def={def} initial={defaults(def.schema)} notices={[]} />);
    expect(html).toContain(`data-diagram="${id}"`);
    expect(html).toMatch(/<output[^>]*data-readout="/);
    expect(html).not.toMatch(/NaN|undefined/);
  });

  it('renders hostile params as defaults or clamps, with no injected markup, and rewrites them to a query it reads back unchanged', async () => {
    const def = (await loadDiagram(id))!;
    const fields = Object.keys(def.schema.fields as Record<string, Field>);
    for (const query of [...HOSTILE, ...hostileQueries(fields)]) {
      // As a browser sends it: what an embed page's parser sees.
      const search = new URL(`http://x/embed/${id}/?${query}`).search;
      const { params, notices } = parseParams(def.schema, search);
      const html = renderToString(<DiagramRoot def={def} initial={params} notices={notices} />);
      expect(html, query).not.toContain('<script');
      expect(html, query).not.toContain('<img');
      expect(html, query).not.toContain('<svg/');
      expect(html, query).not.toMatch(/\bNaN\b|\bundefined\b|Infinity/);
      const again = parseParams(def.schema, serializeParams(def.schema, params));
      expect(again.notices, query).toEqual([]);
      expect(again.params, query).toEqual(params);
    }
  });

  it('has scenes that are valid params', async () => {
    const def = (await loadDiagram(id))!;
    for (const [name, patch] of Object.entries(def.scenes ?? {})) {
      const params = { ...defaults(def.schema), ...patch };
      const round = parseParams(def.schema, serializeParams(def.schema, params, true));
      expect(round.notices, name).toEqual([]);
    }
  });
});
