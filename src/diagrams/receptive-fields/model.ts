/**
 * What the receptive-fields figure shows, as pure functions: a drawn digit
 * centred as MNIST's are, each neuron's dot product z = w·x + b and the
 * softmax over them for the input, the V1 field's response to it, and the
 * sentences and readouts that say so.
 */
import { argmax, fieldResponse, gaborPatch, PIXEL_SCALE, softmax, softmaxLogits } from '../../core';
import { fmt } from '../../chart/format';
import type { ReadoutText } from '../../ui/controls';
import { CLASSES, type RunSnapshot } from './course';

export const SIDE = 28;
export const PIXELS = SIDE * SIDE;

/** The input: a held-out digit (with its label) or the reader's drawing, pixels 0–255. */
export interface Input {
  pixels: Float32Array;
  label: number | null;
  drawn: boolean;
}

/** Everything the readouts and the sentences read. */
export interface Shown {
  snap: RunSnapshot | null;
  input: Input | null;
  epochs: number;
  theta: number;
  freq: number;
  error: string | null;
  loading: boolean;
}

/** Ink 0–255 with a soft round brush of radius `radius` pixels at (x, y) in pixel units; ink only grows. */
export function stamp(pixels: Float32Array, x: number, y: number, radius = 1.4): void {
  for (let row = Math.max(0, Math.floor(y - radius - 1)); row <= Math.min(SIDE - 1, Math.ceil(y + radius + 1)); row++) {
    for (let col = Math.max(0, Math.floor(x - radius - 1)); col <= Math.min(SIDE - 1, Math.ceil(x + radius + 1)); col++) {
      const d = Math.hypot(col + 0.5 - x, row + 0.5 - y);
      const ink = 255 * Math.max(0, Math.min(1, radius + 0.5 - d));
      const i = row * SIDE + col;
      pixels[i] = Math.max(pixels[i]!, ink);
    }
  }
}

/**
 * The drawing moved (by whole pixels) so its centre of mass sits at the
 * image's centre, as MNIST's digits were prepared (LeCun et al.): a digit
 * drawn in a corner is then read like one drawn in the middle.
 */
export function centred(pixels: Float32Array): Float32Array {
  let mass = 0;
  let mx = 0;
  let my = 0;
  for (let row = 0; row < SIDE; row++)
    for (let col = 0; col < SIDE; col++) {
      const v = pixels[row * SIDE + col]!;
      mass += v;
      mx += v * col;
      my += v * row;
    }
  const out = new Float32Array(PIXELS);
  if (mass === 0) return out;
  const dx = Math.round((SIDE - 1) / 2 - mx / mass);
  const dy = Math.round((SIDE - 1) / 2 - my / mass);
  for (let row = 0; row < SIDE; row++)
    for (let col = 0; col < SIDE; col++) {
      const r = row - dy;
      const c = col - dx;
      if (r >= 0 && r < SIDE && c >= 0 && c < SIDE) out[row * SIDE + col] = pixels[r * SIDE + c]!;
    }
  return out;
}

/** z = W·x + b for the input (pixels scaled to 0–1), the softmax of z, and the most probable class. */
export function classify(snap: RunSnapshot, pixels: Float32Array): { z: Float64Array; p: Float64Array; predicted: number } {
  const model = { weights: snap.weights, biases: snap.biases, n: CLASSES, k: PIXELS };
  const z = softmaxLogits(model, pixels, PIXEL_SCALE);
  return { z, p: softmax(z), predicted: argmax(z) };
}

/** The V1 simple cell's field for the orientation and frequency chosen. */
export function v1Field(theta: number, freq: number): Float64Array {
  return gaborPatch({ size: SIDE, orientationDegrees: theta, cyclesPerImage: freq });
}

/** The largest |w| over all rows: one colour scale for the ten pictures, so rows compare. */
export function weightScale(weights: ArrayLike<number>): number {
  let most = 0;
  for (let i = 0; i < weights.length; i++) most = Math.max(most, Math.abs(weights[i]!));
  return most || 1;
}

/** What the readouts and the sentence need, once per change. */
export interface Derived {
  result: { z: Float64Array; p: Float64Array; predicted: number } | null;
  /** The cosine between the V1 field and the input, and between the predicted row and the input. */
  v1: number | null;
  rowMatch: number | null;
}

export function derived(s: Shown): Derived {
  const result = s.snap && s.input ? classify(s.snap, s.input.pixels) : null;
  const v1 = s.input ? fieldResponse(v1Field(s.theta, s.freq), s.input.pixels) : null;
  const rowMatch =
    result && s.snap && s.input ? fieldResponse(s.snap.weights.subarray(result.predicted * PIXELS, (result.predicted + 1) * PIXELS), s.input.pixels) : null;
  return { result, v1, rowMatch };
}

export type View = Shown & Derived;

export const epochReadout = (v: View): ReadoutText => ({
  value: v.snap ? fmt(v.snap.epoch, 1) : '0',
  context: v.loading ? 'loading the digits…' : `of ${v.epochs}`,
});
export const accuracyReadout = (v: View): ReadoutText =>
  v.snap
    ? { value: fmt(v.snap.accuracy, 3), context: `${fmt(v.snap.accuracy * 100, 1)} % of ${v.snap.tested.toLocaleString('en')} held-out digits` }
    : { value: '—', context: 'not yet tested' };
export const predictedReadout = (v: View): ReadoutText =>
  v.result
    ? { value: String(v.result.predicted), context: `p = ${fmt(v.result.p[v.result.predicted]!, 2)}` }
    : { value: '—', context: v.input ? 'no weights yet' : 'no input yet' };
export const zReadout =
  (i: number) =>
  (v: View): ReadoutText =>
    v.result ? fmt(v.result.z[i]!, 2) : '—';
export const v1Readout = (v: View): ReadoutText => (v.v1 === null ? '—' : { value: fmt(v.v1, 2), context: 'cosine with the input' });

/** The sentence under the figure. */
export function explain(v: View): string {
  if (v.error) return `The layer cannot train here: ${v.error}. The pictures below stay as they are.`;
  if (!v.snap)
    return v.loading
      ? 'Loading 2,500 handwritten digits…'
      : 'Ten neurons, one row of W each, start from faint random weights. Press Play to train them on 1,500 handwritten digits.';
  const input = v.input ? (v.input.drawn ? 'your drawing' : `held-out digit ${v.input.label}`) : null;
  const learned =
    v.snap.epoch === 0
      ? 'The rows are still faint noise: untrained, every neuron answers every digit alike.'
      : `After ${fmt(v.snap.epoch, 1)} epoch${v.snap.epoch === 1 ? '' : 's'} the layer names ${fmt(v.snap.accuracy * 100, 1)} % of ${v.snap.tested.toLocaleString('en')} digits it never trained on. Each row has become a template: warm where ink makes its digit more likely, cool where ink argues against it.`;
  const answer =
    v.result && input
      ? ` For ${input}, row ${v.result.predicted}'s dot product is the largest (z = ${fmt(v.result.z[v.result.predicted]!, 2)}), so the layer says ${v.result.predicted} with p = ${fmt(v.result.p[v.result.predicted]!, 2)}${v.input?.label !== null && v.input?.label !== undefined ? (v.input.label === v.result.predicted ? ', correctly' : `; it is a ${v.input.label}`) : ''}.`
      : '';
  const v1 =
    v.v1 !== null && v.rowMatch !== null
      ? ` The V1 field matches the same picture with a cosine of ${fmt(v.v1, 2)}, the winning row with ${fmt(v.rowMatch, 2)}: the simple cell looks for bars at one orientation in one place; the row is a whole-digit template, learned from labels.`
      : '';
  return `${learned}${answer}${v1}`;
}
