/**
 * Geometry of the circuit diagram: the spiking network's nodes and curved
 * edges, the raster (time × neuron), and the feed-forward net's columns.
 * Pure: numbers and path strings only.
 */
import { CONNECTIONS, FF_LAYERS, NODES } from './network';
import { RUN_MS } from './schema';
import { scaleLinear } from '../../chart/scaleLinear';
import { bentControl, quadAt, quadPath, type Point } from '../../chart/path';

export const WIDTH = 480;
export const NET_HEIGHT = 500;
export const NODE_R = 16;
const BEND = 12;

/** One connection drawn as a quadratic curve that stops at the node rims. */
export interface EdgeGeometry {
  d: string;
  p0: Point;
  c: Point;
  p1: Point;
  inhibitory: boolean;
}

function edgeGeometry(from: Point, to: Point, inhibitory: boolean): EdgeGeometry {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  // Bend every edge to its left: the two directions of a loop pair separate.
  const c = bentControl(from, to, BEND / length);
  const rim = (p: Point, q: Point, r: number) => {
    const l = Math.hypot(q.x - p.x, q.y - p.y) || 1;
    return { x: p.x + ((q.x - p.x) / l) * r, y: p.y + ((q.y - p.y) / l) * r };
  };
  const p0 = rim(from, c, NODE_R);
  const p1 = rim(to, c, NODE_R + 4);
  return { d: quadPath(p0, c, p1), p0, c, p1, inhibitory };
}

/** Every connection's curve, in CONNECTIONS order. */
export const EDGES: readonly EdgeGeometry[] = CONNECTIONS.map((conn) => edgeGeometry(NODES[conn.from]!, NODES[conn.to]!, conn.weightMilliVolts < 0));

/** The point a fraction f of the way along an edge (for a spike in transit). */
export function alongEdge(edge: EdgeGeometry, f: number): Point {
  return quadAt(edge.p0, edge.c, edge.p1, f);
}

/** The raster under the network: one row per neuron, time across. */
export const RASTER = { left: 96, right: 468, top: 318, row: 13 };
/** The raster's x for a time in ms (clamped to the run). */
export const rasterX = scaleLinear().domain([0, RUN_MS]).range([RASTER.left, RASTER.right]).clamp(true);
export const rasterRowY = (neuron: number): number => RASTER.top + neuron * RASTER.row;
export const RASTER_BOTTOM = RASTER.top + NODES.length * RASTER.row;

/** The feed-forward panel. */
export const FF_WIDTH = 480;
export const FF_HEIGHT = 262;
const FF_COLUMNS = [110, 210, 310, 410];
const FF_MID = 112;
const FF_GAP = 52;

/** Node positions per layer (layer 0 = inputs). */
export const FF_NODES: readonly Point[][] = [FF_LAYERS[0]!.k, ...FF_LAYERS.map((l) => l.n)].map((count, layer) =>
  Array.from({ length: count }, (_, i) => ({ x: FF_COLUMNS[layer]!, y: FF_MID + (i - (count - 1) / 2) * FF_GAP })),
);

/** Edges of each layer of weights: layer l joins FF_NODES[l] to FF_NODES[l + 1]. */
export const FF_EDGES: readonly { from: Point; to: Point; weight: number }[][] = FF_LAYERS.map((layer, l) =>
  Array.from({ length: layer.n * layer.k }, (_, idx) => ({
    from: FF_NODES[l]![idx % layer.k]!,
    to: FF_NODES[l + 1]![Math.floor(idx / layer.k)]!,
    weight: layer.weights[idx]!,
  })),
);

/** The clock under the feed-forward net. */
export const CLOCK = { y: 232, left: 110, right: 410 };
