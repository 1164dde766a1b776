/**
 * Geometry of the network drawing: inputs on the left, neurons in the middle,
 * output bars on the right, one edge per weight. Pure numbers and path
 * strings (no JSX), so the server and the browser draw the same thing.
 */
import { scaleLinear } from '../../chart/scaleLinear';
import type { LayerModel } from './model';

/** The network's viewBox width; narrow, so a 320 px phone still reads it. */
export const NET_WIDTH = 320;
const TOP = 30;
const BOTTOM = 10;
const PITCH = 36;
export const INPUT_X = 70;
export const NEURON_X = 196;
export const INPUT_R = 11;
export const NEURON_R = 14;
export const BAR_LEFT = 224;
export const BAR_RIGHT = 312;
export const HEADER_Y = 16;

/** Height of the drawing for a k-input, n-neuron layer. */
export function netHeight(n: number, k: number): number {
  return TOP + PITCH * Math.max(n, k) + BOTTOM;
}

/** Vertical centre of item `index` of `count`, the columns centred on each other. */
export function rowY(index: number, count: number, n: number, k: number): number {
  const span = PITCH * Math.max(n, k);
  return TOP + (span - PITCH * count) / 2 + PITCH * (index + 0.5);
}

/** One drawn weight. */
export interface Edge {
  i: number;
  j: number;
  d: string;
  width: number;
  sign: 1 | -1 | 0;
}

/** Stroke width for a weight's magnitude: thin for small, thick for large, never invisible. */
export function edgeWidth(weight: number): number {
  return Math.min(9, 0.6 + 1.6 * Math.abs(weight));
}

/** The edges of the layer, from input j to neuron i, as straight paths between the circles' rims. */
export function edges(w: readonly number[], n: number, k: number): Edge[] {
  const out: Edge[] = [];
  for (let i = 0; i < n; i++) {
    const y1 = rowY(i, n, n, k);
    for (let j = 0; j < k; j++) {
      const weight = w[i * k + j] ?? 0;
      const y0 = rowY(j, k, n, k);
      out.push({
        i,
        j,
        d: `M${INPUT_X + INPUT_R},${y0.toFixed(1)}L${NEURON_X - NEURON_R},${y1.toFixed(1)}`,
        width: edgeWidth(weight),
        sign: weight > 0 ? 1 : weight < 0 ? -1 : 0,
      });
    }
  }
  return out;
}

/** The output bars' scale: symmetric about 0 unless every output is ≥ 0, widened to a readable round limit. */
export function barScale(y: readonly number[]): { x: (value: number) => number; zero: number; limit: number; signed: boolean } {
  const signed = y.some((v) => v < 0);
  const big = Math.max(1, ...y.map(Math.abs));
  const limit = [1, 2, 5, 10, 20, 50, 100, 200, 500].find((l) => l >= big - 1e-9) ?? big;
  const scale = scaleLinear()
    .domain(signed ? [-limit, limit] : [0, limit])
    .range([BAR_LEFT, BAR_RIGHT])
    .clamp(true);
  return { x: (value) => scale(value), zero: scale(0), limit, signed };
}

/** The layer with its bars' scale: computed once per change, read by every bar. */
export interface Scaled {
  m: LayerModel;
  bars: ReturnType<typeof barScale>;
}

/** A layer and its bars' scale (for a derived source). */
export function scaled(m: LayerModel): Scaled {
  return { m, bars: barScale(m.y) };
}

/** A weight cell's colour: its sign, and how strongly it is tinted (0–40 %, full at |w| = 2.5). */
export function cellLook(weight: number): { sign: 'pos' | 'neg' | 'zero'; tint: string } {
  const strength = Math.min(1, Math.abs(weight) / 2.5);
  return { sign: weight > 0 ? 'pos' : weight < 0 ? 'neg' : 'zero', tint: `${Math.round(strength * 40)}%` };
}

/** One output bar: from the zero line to y, at least half a unit wide so 0 still shows. */
export function barAttrs(bars: ReturnType<typeof barScale>, y: number): { x: number; width: number } {
  const end = bars.x(y);
  return { x: Math.min(bars.zero, end), width: Math.max(Math.abs(end - bars.zero), 0.5) };
}
