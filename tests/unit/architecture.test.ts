/**
 * The import graph of src/: no cycles between files (type-only imports
 * count: they tie two files as tightly for a reader) nor between folders
 * (a diagram's folder is one), and every import, a stylesheet's included,
 * points down the layers core → params → chart → ui → diagrams → mount →
 * essay, embed and the server entry. A file may import its own layer and
 * the layers below.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');
const LAYERS: Record<string, number> = { core: 0, params: 1, chart: 2, ui: 3, diagrams: 4, 'mount.tsx': 5, essay: 6, embed: 6, 'entry-server.tsx': 7 };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  // A stylesheet, or the folder a glob reaches into.
  if (spec.endsWith('.css') || spec.endsWith('/')) return spec.endsWith('/') ? join(base, 'index') : base;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\.meta\.glob(?:<[^>]*>)?\(\s*['"]([^'"*]+)/g;

function graph(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)]
      .map((match) => resolveImport(file, match[1] ?? match[2] ?? match[3] ?? match[4] ?? ''))
      .filter((target): target is string => target !== undefined);
    edges.set(file, targets);
  }
  return edges;
}

const name = (file: string): string => relative(SRC, file);
/** A file's folder for the folder graph: the top-level one, or a diagram's own. */
const folderOf = (file: string): string => {
  const parts = name(file).split('/');
  return parts[0] === 'diagrams' && parts.length > 2 ? `diagrams/${parts[1]}` : parts.length > 1 ? parts[0]! : name(file);
};

function cyclesOf(edges: Map<string, string[]>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return cycles;
}
const layerOf = (file: string): number => LAYERS[name(file).split('/')[0]!] ?? -1;

describe('src import graph', () => {
  const edges = graph();

  it('has no cycle between files', () => {
    const named = new Map([...edges].map(([file, targets]) => [name(file), targets.filter((t) => /\.tsx?$/.test(t)).map(name)]));
    expect(cyclesOf(named)).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const folders = new Map<string, string[]>();
    for (const [file, targets] of edges) {
      const from = folderOf(file);
      const out = folders.get(from) ?? [];
      for (const target of targets) if (folderOf(target) !== from && !out.includes(folderOf(target))) out.push(folderOf(target));
      folders.set(from, out);
    }
    expect(cyclesOf(folders)).toEqual([]);
  });

  it('points down the layers only', () => {
    const upward: string[] = [];
    for (const [file, targets] of edges) {
      expect(layerOf(file), name(file)).toBeGreaterThanOrEqual(0);
      for (const target of targets) if (layerOf(target) > layerOf(file)) upward.push(`${name(file)} → ${name(target)}`);
    }
    expect(upward).toEqual([]);
  });
});
