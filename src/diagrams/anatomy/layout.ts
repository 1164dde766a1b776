/**
 * Geometry of the drawn neuron: pure data (path strings and points), no JSX,
 * so it is the same on the server and in the browser and testable in Node.
 * Deterministic: the branching is fixed, not random.
 */
import { path as d3path } from 'd3-path';
import type { Part } from './parts';
import { bentControl, quadAt, type Point } from '../../chart/path';

export const WIDTH = 720;
export const HEIGHT = 380;

export interface Spine {
  x: number;
  y: number;
  angle: number;
  /** The spine's head, 6 units out along its angle. */
  tip: Point;
}

export interface Branch {
  d: string;
  width: number;
  spines: Spine[];
}

export type { Point };

export const SOMA: Point & { r: number } = { x: 190, y: 170, r: 34 };
export const HILLOCK = { x0: SOMA.x + SOMA.r - 4, x1: SOMA.x + SOMA.r + 36, y: SOMA.y };
const AXON_START = HILLOCK.x1;
const AXON_END = 520;

/** Grow a dendritic tree from the soma in a fixed pattern. */
function grow(from: Point, angle: number, length: number, width: number, depth: number, out: Branch[]): void {
  const to = { x: from.x + Math.cos(angle) * length, y: from.y + Math.sin(angle) * length };
  const bend = depth % 2 === 0 ? 0.18 : -0.14;
  const mid = bentControl(from, to, bend);
  const p = d3path();
  p.moveTo(from.x, from.y);
  p.quadraticCurveTo(mid.x, mid.y, to.x, to.y);
  const spines: Spine[] = [];
  if (depth >= 1) {
    for (let i = 1; i <= 3; i++) {
      const t = i / 4;
      const { x, y } = quadAt(from, mid, to, t);
      const spineAngle = angle + (i % 2 === 0 ? 1 : -1) * (Math.PI / 2);
      spines.push({ x, y, angle: spineAngle, tip: { x: x + Math.cos(spineAngle) * 6, y: y + Math.sin(spineAngle) * 6 } });
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

/** The axon hillock: a wedge narrowing from the soma into the axon. */
export function hillockPath(): string {
  return `M${HILLOCK.x0},${SOMA.y - 14} L${HILLOCK.x1},${SOMA.y - 3.5} L${HILLOCK.x1},${SOMA.y + 3.5} L${HILLOCK.x0},${SOMA.y + 14} Z`;
}

/** Where a part's name is written when it is lit. */
export interface LabelAt {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** The whole drawing: every shape, and where each part's name goes. Fixed; an instance makes it once. */
export function anatomyDrawing() {
  const axon = axonSegments();
  const ends = terminals();
  const labelAt: Record<Part, LabelAt> = {
    dendrites: { x: 70, y: 28, anchor: 'start' },
    spines: { x: 70, y: 28, anchor: 'start' },
    soma: { x: SOMA.x, y: SOMA.y + SOMA.r + 26, anchor: 'middle' },
    'axon-hillock': { x: HILLOCK.x1, y: SOMA.y - 22, anchor: 'middle' },
    axon: { x: (axon.start + axon.end) / 2, y: SOMA.y - 24, anchor: 'middle' },
    myelin: { x: axon.myelin[1]!.x + axon.myelin[1]!.width / 2, y: SOMA.y - 24, anchor: 'middle' },
    node: { x: axon.nodes[1]!, y: SOMA.y + 34, anchor: 'middle' },
    terminals: { x: 640, y: 70, anchor: 'middle' },
    synapse: { x: INSET.x + INSET.width / 2, y: INSET.y - 8, anchor: 'middle' },
  };
  return {
    branches: dendrites(),
    hillock: hillockPath(),
    axon,
    terminals: ends,
    vesicles: vesicles(),
    /** The bouton the inset enlarges. */
    insetBouton: ends[3]!.bouton,
    labelAt,
  };
}

export type AnatomyDrawing = ReturnType<typeof anatomyDrawing>;
