/**
 * Geometry of the passes diagram: the 2–3–1 net's nodes and edges, and the
 * biological circuit (three cells in a chain, a loop back, and the two
 * backward signals biology does have). Pure: numbers and path strings.
 */

export const WIDTH = 480;
export const NET_HEIGHT = 340;
export const BIO_HEIGHT = 230;
export const NODE_R = 23;

interface Point {
  x: number;
  y: number;
}

/** Node centres: inputs, hidden units, output. */
export const INPUTS: readonly Point[] = [
  { x: 44, y: 110 },
  { x: 44, y: 210 },
];
export const HIDDEN: readonly Point[] = [
  { x: 254, y: 55 },
  { x: 254, y: 160 },
  { x: 254, y: 265 },
];
export const OUTPUT: Point = { x: 428, y: 160 };

/** An edge from a to b, trimmed to the node rims, with where its number is written. */
export interface NetEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  label: Point;
}

function edge(a: Point, b: Point, at: number): NetEdge {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const l = Math.hypot(dx, dy);
  const ux = dx / l;
  const uy = dy / l;
  return {
    x1: a.x + ux * NODE_R,
    y1: a.y + uy * NODE_R,
    x2: b.x - ux * (NODE_R + 3),
    y2: b.y - uy * (NODE_R + 3),
    label: { x: a.x + dx * at, y: a.y + dy * at },
  };
}

/**
 * First-layer edges in weight order (row-major: hidden i from input j is index i·2 + j).
 * The crossing edges' numbers sit in two columns (x₁'s near x₁, x₂'s near the hidden units) so they never collide.
 */
export const EDGES1: readonly NetEdge[] = HIDDEN.flatMap((h) => INPUTS.map((x, j) => edge(x, h, j === 0 ? 0.3 : 0.6)));
/** Second-layer edges, hidden j to the output. */
export const EDGES2: readonly NetEdge[] = HIDDEN.map((h) => edge(h, OUTPUT, 0.5));

/** The biological circuit: three cells and the paths between them. */
export const CELLS: readonly Point[] = [
  { x: 92, y: 150 },
  { x: 250, y: 150 },
  { x: 408, y: 150 },
];

/** A pyramidal-ish soma outline centred on p. */
export function somaPath(p: Point): string {
  return `M${p.x - 12},${p.y + 11} L${p.x + 14},${p.y} L${p.x - 12},${p.y - 11} Z`;
}

/** Dendrites: a few short branches to the left of each soma. */
export function dendritePaths(p: Point): string[] {
  return [`M${p.x - 12},${p.y} L${p.x - 44},${p.y}`, `M${p.x - 10},${p.y - 6} L${p.x - 34},${p.y - 26}`, `M${p.x - 10},${p.y + 6} L${p.x - 34},${p.y + 26}`];
}

/** Axons: cell 0 → cell 1 and cell 1 → cell 2, ending on the next cell's dendrite. */
export const AXONS: readonly string[] = [0, 1].map((i) => `M${CELLS[i]!.x + 14},${CELLS[i]!.y} L${CELLS[i + 1]!.x - 48},${CELLS[i + 1]!.y}`);

/** The loop: cell 2's axon curls back over the top to cell 0's dendrite (a reciprocal pathway). */
export const LOOP = `M${CELLS[2]!.x + 14},${CELLS[2]!.y} C${CELLS[2]!.x + 66},${CELLS[2]!.y} ${CELLS[2]!.x + 60},52 ${CELLS[2]!.x},52 L${CELLS[0]!.x},52 C${CELLS[0]!.x - 72},52 ${CELLS[0]!.x - 80},${CELLS[0]!.y} ${CELLS[0]!.x - 50},${CELLS[0]!.y}`;

/** The route a spike takes, forward through the chain and around the loop: one continuous path. */
export const SPIKE_ROUTE = `M${CELLS[0]!.x + 14},${CELLS[0]!.y} L${CELLS[2]!.x + 14},${CELLS[2]!.y} C${CELLS[2]!.x + 66},${CELLS[2]!.y} ${CELLS[2]!.x + 60},52 ${CELLS[2]!.x},52 L${CELLS[0]!.x},52 C${CELLS[0]!.x - 72},52 ${CELLS[0]!.x - 80},${CELLS[0]!.y} ${CELLS[0]!.x - 12},${CELLS[0]!.y}`;

/** A back-propagating action potential: from cell 1's soma back out along its lower dendrite. */
export const BAP = `M${CELLS[1]!.x - 6},${CELLS[1]!.y + 16} Q${CELLS[1]!.x - 18},${CELLS[1]!.y + 44} ${CELLS[1]!.x - 38},${CELLS[1]!.y + 36}`;
/** A retrograde messenger: from cell 1's dendrite back across the synapse to cell 0's terminal. */
export const RETROGRADE = `M${CELLS[1]!.x - 40},${CELLS[1]!.y - 8} Q${CELLS[1]!.x - 50},${CELLS[1]!.y - 34} ${CELLS[1]!.x - 62},${CELLS[1]!.y - 8}`;
