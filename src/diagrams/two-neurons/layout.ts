/**
 * The two forms of the drawing — a biological neuron and an artificial one —
 * as point lists with the same number of points, so any shape can be
 * interpolated into its counterpart point by point:
 *
 *   dendrite i (curved)   ⇄  weighted edge i (straight)
 *   synapse i (bouton)    ⇄  input node xᵢ
 *   soma (circle)         ⇄  Σ node
 *   axon initial segment  ⇄  activation box f
 *   axon                  ⇄  output edge to y
 *
 * Pure geometry: no JSX, no DOM; the same on the server and in the browser.
 */
import { quadAt, type Point } from '../../chart/path';

export const WIDTH = 480;
export const HEIGHT = 250;

export type Form = 'biological' | 'artificial';

export type { Point };

export interface Circle {
  cx: number;
  cy: number;
  r: number;
}

/** Every moving shape of one form. */
export interface Shapes {
  dendrites: Point[][];
  inputs: Circle[];
  soma: Circle;
  ais: Point[];
  axon: Point[];
}

const SAMPLES = 12;
const INPUT_Y = [50, 125, 200];
const CENTER = { x: 230, y: 125 };

function sample(f: (t: number) => Point): Point[] {
  return Array.from({ length: SAMPLES + 1 }, (_, k) => f(k / SAMPLES));
}

function straight(a: Point, b: Point): (t: number) => Point {
  return (t) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
}

/** The biological neuron: curved dendrites with a synapse at each tip, soma, AIS, myelinated axon. */
function biological(): Shapes {
  const soma = { cx: CENTER.x, cy: CENTER.y, r: 34 };
  const dendrites = INPUT_Y.map((y, i) => {
    const start = { x: 96, y: y + (i - 1) * 6 };
    const end = { x: soma.cx - soma.r * 0.85, y: soma.cy + (i - 1) * 16 };
    const control = { x: 150 + (i === 1 ? 0 : 14), y: y + (i === 0 ? 40 : i === 2 ? -40 : -22) };
    return sample((t) => quadAt(start, control, end, t));
  });
  const inputs = INPUT_Y.map((y, i) => ({ cx: 86, cy: y + (i - 1) * 6, r: 9 }));
  const x0 = soma.cx + soma.r - 3;
  const ais = [
    { x: x0, y: CENTER.y - 13 },
    { x: x0 + 34, y: CENTER.y - 4 },
    { x: x0 + 34, y: CENTER.y + 4 },
    { x: x0, y: CENTER.y + 13 },
  ];
  const axon = sample(straight({ x: x0 + 34, y: CENTER.y }, { x: 440, y: CENTER.y }));
  return { dendrites, inputs, soma, ais, axon };
}

/** The artificial neuron: input nodes, straight weighted edges into Σ, the activation box, the output. */
function artificial(): Shapes {
  const soma = { cx: CENTER.x, cy: CENTER.y, r: 26 };
  const inputs = INPUT_Y.map((y) => ({ cx: 56, cy: y, r: 20 }));
  const dendrites = INPUT_Y.map((y) => {
    const start = { x: 76, y };
    const dx = start.x - soma.cx;
    const dy = start.y - soma.cy;
    const d = Math.hypot(dx, dy);
    return sample(straight(start, { x: soma.cx + (dx / d) * soma.r, y: soma.cy + (dy / d) * soma.r }));
  });
  const box = { x0: 290, x1: 346, y0: CENTER.y - 28, y1: CENTER.y + 28 };
  const ais = [
    { x: box.x0, y: box.y0 },
    { x: box.x1, y: box.y0 },
    { x: box.x1, y: box.y1 },
    { x: box.x0, y: box.y1 },
  ];
  const axon = sample(straight({ x: box.x1, y: CENTER.y }, { x: 418, y: CENTER.y }));
  return { dendrites, inputs, soma, ais, axon };
}

/** Both forms, computed once. */
export const FORMS: Readonly<Record<Form, Shapes>> = { biological: biological(), artificial: artificial() };

/** The Σ-to-activation edge of the artificial form (the biological soma touches its AIS directly). */
export const SUM_TO_BOX = { x1: CENTER.x + 26, x2: 290, y: CENTER.y };
/** Where the output node y sits (artificial form). */
export const OUTPUT = { cx: 440, cy: CENTER.y, r: 20 };
/** The activation box (artificial form). */
export const BOX = { x0: 290, x1: 346, y0: CENTER.y - 28, y1: CENTER.y + 28 };
/** Myelin segments along the biological axon. */
export const MYELIN = [0, 1, 2].map((i) => ({ x: 312 + i * 42, width: 36 }));
/** Terminal boutons of the biological axon. */
export const BOUTONS: readonly Point[] = [
  { x: 462, y: 100 },
  { x: 470, y: 125 },
  { x: 462, y: 150 },
];
export const CENTER_POINT = CENTER;

const round = (v: number): number => Math.round(v * 10) / 10;

/** An open polyline path; same command structure for any list of the same length. */
export function polyline(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)},${round(p.y)}`).join('');
}

/** A closed polygon path. */
export function polygon(points: readonly Point[]): string {
  return `${polyline(points)}Z`;
}

/** Interpolate two point lists of equal length at t ∈ [0, 1]. */
export function lerpPoints(a: readonly Point[], b: readonly Point[], t: number): Point[] {
  return a.map((p, i) => ({ x: p.x + (b[i]!.x - p.x) * t, y: p.y + (b[i]!.y - p.y) * t }));
}

/** Every shape at progress t from the biological (0) to the artificial (1) form. */
export function morphAt(t: number): Shapes {
  const a = FORMS.biological;
  const b = FORMS.artificial;
  const mix = (p: number, q: number) => p + (q - p) * t;
  const circle = (c: Circle, d: Circle): Circle => ({ cx: mix(c.cx, d.cx), cy: mix(c.cy, d.cy), r: mix(c.r, d.r) });
  return {
    dendrites: a.dendrites.map((points, i) => lerpPoints(points, b.dendrites[i]!, t)),
    inputs: a.inputs.map((c, i) => circle(c, b.inputs[i]!)),
    soma: circle(a.soma, b.soma),
    ais: lerpPoints(a.ais, b.ais, t),
    axon: lerpPoints(a.axon, b.axon, t),
  };
}

/** Stroke width of an edge or dendrite for a weight magnitude in [0, 1]. */
export function edgeWidth(magnitude: number): number {
  return 1.5 + 7 * Math.min(1, Math.abs(magnitude));
}

/** The activation's curve inside the box, for its function f over z ∈ [−3, 3]. */
export function activationCurve(f: (z: number) => number, range: readonly [number, number]): string {
  const points = Array.from({ length: 25 }, (_, k) => {
    const z = -3 + (6 * k) / 24;
    const y = Math.min(range[1], Math.max(range[0], f(z)));
    return { x: BOX.x0 + 6 + ((BOX.x1 - BOX.x0 - 12) * k) / 24, y: BOX.y1 - 6 - ((BOX.y1 - BOX.y0 - 12) * (y - range[0])) / (range[1] - range[0]) };
  });
  return polyline(points);
}

/** Spike raster ticks: x positions for spike times over the window, in a strip `width` wide. */
export function rasterTicks(spikeTimesMs: readonly number[], windowMs: number, width: number, inset = 4): number[] {
  return spikeTimesMs.filter((t) => t >= 0 && t <= windowMs).map((t) => round(inset + ((width - 2 * inset) * t) / windowMs));
}
