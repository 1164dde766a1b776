import type { AnyDiagram } from './types';

/**
 * Every diagram, found by folder: `src/diagrams/<id>/index.tsx` registers `<id>`.
 * Each loads as its own chunk, so a page pays only for the figures it wakes.
 */
const modules = import.meta.glob<{ default: AnyDiagram }>('./*/index.tsx');

/** The catalogue's reading order; a new folder not listed here sorts after these. */
const ORDER = [
  'scale',
  'circuit',
  'anatomy',
  'dendrite-sum',
  'membrane',
  'linear-layer',
  'two-neurons',
  'xor',
  'passes',
  'forward-forward',
  'spontaneous',
  'neuromodulation',
  'contrast',
];

const loaders = new Map<string, () => Promise<{ default: AnyDiagram }>>();
for (const [path, load] of Object.entries(modules)) {
  const id = path.split('/')[1];
  if (id) loaders.set(id, load);
}

function rank(id: string): number {
  const i = ORDER.indexOf(id);
  return i === -1 ? ORDER.length : i;
}

/** Ids of all registered diagrams, in catalogue order. */
export const diagramIds: readonly string[] = [...loaders.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

/** Whether `id` names a registered diagram (safe for any string from outside). */
export function isDiagramId(id: unknown): id is string {
  return typeof id === 'string' && loaders.has(id);
}

/** Load one diagram's definition; undefined for an unknown id. */
export async function loadDiagram(id: string): Promise<AnyDiagram | undefined> {
  const load = loaders.get(id);
  return load ? (await load()).default : undefined;
}

/** Load every diagram (the prerenderer and the docs need them all). */
export async function loadAllDiagrams(): Promise<Map<string, AnyDiagram>> {
  const all = await Promise.all(diagramIds.map(async (id) => [id, await loadDiagram(id)] as const));
  return new Map(all.filter((entry): entry is readonly [string, AnyDiagram] => entry[1] !== undefined));
}
