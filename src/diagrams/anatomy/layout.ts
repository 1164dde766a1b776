/**
 * Geometry of the drawn neuron: pure data (path strings and points), no JSX,
 * so it is the same on the server and in the browser and testable in Node.
 * Deterministic: the branching is fixed, not random.
 */
import { path as d3path } from 'd3-path';

export const WIDTH = 720;
export const HEIGHT = 380;

export interface Branch {
  d: string;
  width: number;
  spines: { x: number; y: number; angle: number }[];
}

export interface Point {
  x: number;
  y: number;
}

export const SOMA: Point & { r: number } = { x: 190, y: 170, r: 34 };
export const HILLOCK = { x0: SOMA.x + SOMA.r - 4, x1: SOMA.x + SOMA.r + 36, y: SOMA.y };
const AXON_START = HILLOCK.x1;
const AXON_END = 520;

/** Grow a dendritic tree from the soma in a fixed pattern. */
function grow(from: Point, angle: number, length: number, width: number, depth: number, out: Branch[]): void {
  const to = { x: from.x + Math.cos(angle) * length, y: from.y + Math.sin(angle) * length };
  const bend = depth % 2 === 0 ? 0.18 : -0.14;
  const mid = {
    x: (from.x + to.x) / 2 + Math.cos(angle + Math.PI / 2) * length * bend,
    y: (from.y + to.y) / 2 + Math.sin(angle + Math.PI / 2) * length * bend,
  };
  const p = d3path();
  p.moveTo(from.x, from.y);
  p.quadraticCurveTo(mid.x, mid.y, to.x, to.y);
  const spines = [];
  if (depth >= 1) {
    for (let i = 1; i <= 3; i++) {
      const t = i / 4;
      const x = (1 - t) * (1 - t) * from.x + 2 * (1 - t) * t * mid.x + t * t * to.x;
      const y = (1 - t) * (1 - t) * from.y + 2 * (1 - t) * t * mid.y + t * t * to.y;
      spines.push({ x, y, angle: angle + (i % 2 === 0 ? 1 : -1) * (Math.PI / 2) });
    }
  }
  out.push({ d: p.toString(), width, spines });
  if (depth >= 2) return;
  const spread = 0.45 - depth * 0.08;
  grow(to, angle - spread, length * 0.72, width * 0.65, depth + 1, out);
  grow(to, angle + spread, length * 0.68, width * 0.65, depth + 1, out);
}

/** All dendrite branches, thick near the soma and thinning outward. */
export function dendrites(): Branch[] {
  const out: Branch[] = [];
  const roots = [-2.4, -3.05, 2.5, -1.75, 1.9];
  roots.forEach((angle, i) => {
    const start = { x: SOMA.x + Math.cos(angle) * SOMA.r * 0.9, y: SOMA.y + Math.sin(angle) * SOMA.r * 0.9 };
    grow(start, angle, i === 1 ? 62 : 52, 7, 0, out);
  });
  return out;
}

/** The axon's myelin segments and the nodes of Ranvier between them. */
export function axonSegments(): { myelin: { x: number; width: number }[]; nodes: number[]; start: number; end: number } {
  const count = 4;
  const gap = 8;
  const firstMyelin = AXON_START + 14;
  const span = AXON_END - firstMyelin;
  const width = (span - gap * (count - 1)) / count;
  const myelin = Array.from({ length: count }, (_, i) => ({ x: firstMyelin + i * (width + gap), width }));
  const nodes = myelin.slice(0, -1).map((m) => m.x + m.width + gap / 2);
  return { myelin, nodes, start: AXON_START, end: AXON_END };
}

/** The axon's terminal branches, each ending in a bouton. */
export function terminals(): { d: string; bouton: Point }[] {
  const origin = { x: AXON_END, y: SOMA.y };
  const ends = [
    { x: 600, y: 96 },
    { x: 622, y: 140 },
    { x: 628, y: 190 },
    { x: 606, y: 238 },
  ];
  return ends.map((end) => {
    const p = d3path();
    p.moveTo(origin.x, origin.y);
    p.bezierCurveTo(origin.x + 40, origin.y, end.x - 40, end.y, end.x, end.y);
    return { d: p.toString(), bouton: end };
  });
}

/** The enlarged synapse inset: where it sits and what it holds. */
export const INSET = { x: 430, y: 262, width: 270, height: 108 };

/** Vesicles inside the inset's presynaptic bouton (fixed positions). */
export function vesicles(): Point[] {
  const out: Point[] = [];
  for (let row = 0; row < 3; row++) for (let col = 0; col < 5; col++) out.push({ x: INSET.x + 38 + col * 17 + (row % 2) * 8, y: INSET.y + 26 + row * 17 });
  return out;
}
