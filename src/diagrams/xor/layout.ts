/**
 * Geometry of the XOR figure: the input plane (x₁, x₂ from −0.5 to 1.5), the
 * linear unit's line and shaded half-plane, its drag handles, the dendritic
 * unit's region, the dCaAP curve and the per-epoch score chart. Pure data, no JSX.
 *
 *   x₂ ↑  (0,1) ●   ■ (1,1)        amplitude ↑   ▆
 *      │                                     │   █▅▃▂
 *      │  (0,0) ■   ● (1,0)                  └───┴──────→ s
 *      └──────────────→ x₁                       θ
 */
import { gridRegionPaths } from '../../chart/gridRegions';
import { scaleLinear } from '../../chart/scaleLinear';
import { polylinePath } from '../../chart/path';
import { curveGroups, dcaApCurve, dendriticAnswer, dendriticModel, DENDRITE } from './model';

/** The plane's viewBox and the square the data fill. */
export const PLOT = { width: 300, height: 300, left: 34, top: 14, size: 252 } as const;
/** Data range on both axes. */
export const DOMAIN: [number, number] = [-0.5, 1.5];

export const xScale = scaleLinear()
  .domain(DOMAIN)
  .range([PLOT.left, PLOT.left + PLOT.size]);
export const yScale = scaleLinear()
  .domain(DOMAIN)
  .range([PLOT.top + PLOT.size, PLOT.top]);
/** Screen units per data unit (the same on both axes). */
export const UNIT = PLOT.size / (DOMAIN[1] - DOMAIN[0]);

export type Vec = [number, number];

const BOX: Vec[] = [
  [DOMAIN[0], DOMAIN[0]],
  [DOMAIN[1], DOMAIN[0]],
  [DOMAIN[1], DOMAIN[1]],
  [DOMAIN[0], DOMAIN[1]],
];

/** Clip a convex polygon to the half-plane a·x + b·y + c ≥ 0 (Sutherland–Hodgman, one edge). */
export function clipHalfPlane(polygon: readonly Vec[], a: number, b: number, c: number): Vec[] {
  const out: Vec[] = [];
  const side = (p: Vec) => a * p[0] + b * p[1] + c;
  for (let i = 0; i < polygon.length; i++) {
    const p = polygon[i]!;
    const q = polygon[(i + 1) % polygon.length]!;
    const sp = side(p);
    const sq = side(q);
    if (sp >= 0) out.push(p);
    if (sp >= 0 !== sq >= 0) {
      const t = sp / (sp - sq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  return out;
}

const toPath = (polygon: readonly Vec[]) => (polygon.length < 3 ? '' : `M${polygon.map((p) => `${round(xScale(p[0]))},${round(yScale(p[1]))}`).join('L')}Z`);
const round = (v: number) => Math.round(v * 100) / 100;

/** The linear unit drawn: the half-planes answering 1 and 0, the line's segment, and its two handles. */
export interface LinearGeometry {
  onePath: string;
  zeroPath: string;
  /** The visible part of the line, or null when it misses the plot. */
  segment: [Vec, Vec] | null;
  /** Translate handle: the line's point nearest the plot's centre (kept inside the plot). */
  base: Vec;
  /** Rotate handle: a fixed length from `base` along w, towards the side answering 1. */
  tip: Vec;
}

/** Length of the normal arrow, in data units. */
export const ARROW = 0.4;
const CENTRE: Vec = [0.5, 0.5];

/** Geometry of the unit answering 1 where w₁x₁ + w₂x₂ + b ≥ 0. */
export function linearGeometry(w1: number, w2: number, b: number): LinearGeometry {
  const onePath = toPath(clipHalfPlane(BOX, w1, w2, b));
  const zeroPath = toPath(clipHalfPlane(BOX, -w1, -w2, -b));
  const length = Math.hypot(w1, w2);
  if (length === 0) return { onePath, zeroPath, segment: null, base: CENTRE, tip: [CENTRE[0] + ARROW, CENTRE[1]] };
  const n: Vec = [w1 / length, w2 / length];
  const offset = (w1 * CENTRE[0] + w2 * CENTRE[1] + b) / length;
  const foot: Vec = [CENTRE[0] - offset * n[0], CENTRE[1] - offset * n[1]];
  const dir: Vec = [-n[1], n[0]];
  // Where the line enters and leaves the plot: clip a long segment through the foot.
  let t0 = -Infinity;
  let t1 = Infinity;
  for (const axis of [0, 1] as const) {
    if (Math.abs(dir[axis]) < 1e-12) {
      if (foot[axis] < DOMAIN[0] || foot[axis] > DOMAIN[1]) t1 = -Infinity;
      continue;
    }
    const a = (DOMAIN[0] - foot[axis]) / dir[axis];
    const c = (DOMAIN[1] - foot[axis]) / dir[axis];
    t0 = Math.max(t0, Math.min(a, c));
    t1 = Math.min(t1, Math.max(a, c));
  }
  const segment: [Vec, Vec] | null =
    t0 <= t1
      ? [
          [foot[0] + t0 * dir[0], foot[1] + t0 * dir[1]],
          [foot[0] + t1 * dir[0], foot[1] + t1 * dir[1]],
        ]
      : null;
  const inset = 0.08;
  const base: Vec = [clamp(foot[0], DOMAIN[0] + inset, DOMAIN[1] - inset), clamp(foot[1], DOMAIN[0] + inset, DOMAIN[1] - inset)];
  return { onePath, zeroPath, segment, base, tip: [base[0] + ARROW * n[0], base[1] + ARROW * n[1]] };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Weights after dragging the base handle to `to` (data units): the line moves, w stays. */
export function moveLineThrough(w1: number, w2: number, to: Vec): { b: number } {
  return { b: -(w1 * to[0] + w2 * to[1]) };
}

/** Weights after dragging the tip handle to `to`: w turns to point from `base` to `to`, keeping its length (1 if it was 0), and the line still passes through `base`. */
export function turnLine(w1: number, w2: number, base: Vec, to: Vec): { w1: number; w2: number; b: number } {
  const dx = to[0] - base[0];
  const dy = to[1] - base[1];
  const d = Math.hypot(dx, dy);
  if (d < 1e-6) return { w1, w2, b: -(w1 * base[0] + w2 * base[1]) };
  const length = Math.max(0.5, Math.hypot(w1, w2));
  const n1 = (length * dx) / d;
  const n2 = (length * dy) / d;
  return { w1: n1, w2: n2, b: -(n1 * base[0] + n2 * base[1]) };
}

/** Screen position of a data point. */
export const toScreen = (p: readonly number[]): Vec => [xScale(p[0]!), yScale(p[1]!)];

/** Axis ticks for the plane. */
export const TICKS = [0, 1];

/** The dendritic unit's region (where it answers 1) as a grid path, from a classifier of the plane. */
export function dendriticRegion(answer: (x1: number, x2: number) => 0 | 1, cells = 72): string {
  const values = new Uint8Array(cells * cells);
  const step = (DOMAIN[1] - DOMAIN[0]) / cells;
  for (let row = 0; row < cells; row++) {
    for (let col = 0; col < cells; col++) {
      values[row * cells + col] = answer(DOMAIN[0] + (col + 0.5) * step, DOMAIN[1] - (row + 0.5) * step);
    }
  }
  return gridRegionPaths(values, { columns: cells, rows: cells, left: PLOT.left, top: PLOT.top, width: PLOT.size, height: PLOT.size })[1] ?? '';
}

/** The dCaAP curve panel: summed input s on x, amplitude on y. */
export const CURVE = { width: 300, height: 196, left: 40, right: 288, top: 20, bottom: 150 } as const;
/** Range of summed input the curve shows. */
export const S_DOMAIN: [number, number] = [-0.5, 2.5];
export const sScale = scaleLinear().domain(S_DOMAIN).range([CURVE.left, CURVE.right]);
export const ampScale = scaleLinear().domain([0, 1]).range([CURVE.bottom, CURVE.top]);

/** The curve's path. */
export function curvePath(samples: readonly { s: number; amplitude: number }[]): string {
  return polylinePath(samples.map((d) => [sScale(d.s), ampScale(d.amplitude)]));
}

/** The per-epoch score chart: bars 0–4 for each epoch so far. */
export const CHART = { width: 300, height: 92, left: 30, right: 292, top: 16, bottom: 70 } as const;
/** Epochs one press of the button runs. */
export const RUN_EPOCHS = 12;
/** Bars the chart has room for (the newest are shown when there are more). */
export const CHART_EPOCHS = 24;
export const scoreScale = scaleLinear().domain([0, 4]).range([CHART.bottom, CHART.top]);

/** Bars for the last `CHART_EPOCHS` epoch scores: x, width, top y, epoch number (1-based). */
export function scoreBars(scores: readonly number[]): { x: number; width: number; y: number; epoch: number; score: number }[] {
  const first = Math.max(0, scores.length - CHART_EPOCHS);
  const slot = (CHART.right - CHART.left) / CHART_EPOCHS;
  return scores
    .slice(first)
    .map((score, i) => ({ x: CHART.left + i * slot + slot * 0.15, width: slot * 0.7, y: scoreScale(score), epoch: first + i + 1, score }));
}

/** Where a group's name goes on the curve: right of the middle point, below the strong-input one, above the silent one. */
export function nameAt(s: number, amplitude: number): { x: number; y: number; textAnchor: 'start' | 'middle' | 'end' } {
  const x = sScale(s);
  const y = ampScale(amplitude);
  if (amplitude >= DENDRITE.outputThreshold) return { x: x + 12, y: y + 7, textAnchor: 'start' };
  return amplitude > 0 ? { x, y: y + 24, textAnchor: 'middle' } : { x: x - 4, y: y - 13, textAnchor: 'end' };
}

/** The dendritic unit's whole drawing: it is fixed, so a panel computes it once (per instance). */
export function dendriticFigure() {
  const model = dendriticModel();
  return { model, region: dendriticRegion(dendriticAnswer, 200), curve: curvePath(dcaApCurve(S_DOMAIN[0], S_DOMAIN[1])), onCurve: curveGroups(model.points) };
}
