/**
 * A V1 simple cell's receptive field as a Gabor function: a sinusoidal
 * grating under a Gaussian envelope. Jones & Palmer (1987, J. Neurophysiol.
 * 58:1233, doi:10.1152/jn.1987.58.6.1233) fitted cat simple cells' measured
 * fields with it; Hubel & Wiesel (1959, J. Physiol. 148:574,
 * doi:10.1113/jphysiol.1959.sp006308) found the oriented fields it describes.
 */
import { requireFinite, requireInRange } from './checks';

/** A Gabor patch's shape, in the units of a size × size image. */
export interface GaborOptions {
  /** Side of the square image, pixels. */
  size: number;
  /** The grating's orientation, degrees: 0 = vertical bars, 90 = horizontal. */
  orientationDegrees: number;
  /** Grating cycles across the image's side. */
  cyclesPerImage: number;
  /** The envelope's standard deviation as a fraction of the side (default 0.18). */
  sigmaFraction?: number;
  /** The grating's phase, degrees (default 0: an ON centre flanked by OFF bands). */
  phaseDegrees?: number;
}

/**
 * The patch, row-major, size × size, with its mean removed (a uniform
 * picture gives 0) and scaled to unit length, so its dot product with an
 * input is the input's projection on it.
 */
export function gaborPatch({ size, orientationDegrees, cyclesPerImage, sigmaFraction = 0.18, phaseDegrees = 0 }: GaborOptions): Float64Array {
  if (!Number.isInteger(size) || size < 2) throw new RangeError(`size must be an integer ≥ 2 (got ${size})`);
  requireFinite('orientationDegrees', orientationDegrees);
  requireInRange('cyclesPerImage', cyclesPerImage, 0, size / 2);
  requireInRange('sigmaFraction', sigmaFraction, 1e-3, 10);
  requireFinite('phaseDegrees', phaseDegrees);
  const theta = (orientationDegrees * Math.PI) / 180;
  const phase = (phaseDegrees * Math.PI) / 180;
  const sigma = sigmaFraction * size;
  const centre = (size - 1) / 2;
  const k = (2 * Math.PI * cyclesPerImage) / size;
  const out = new Float64Array(size * size);
  let mean = 0;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const x = col - centre;
      const y = row - centre;
      // Across the bars: x rotated by theta.
      const across = x * Math.cos(theta) + y * Math.sin(theta);
      const value = Math.exp(-(x * x + y * y) / (2 * sigma * sigma)) * Math.cos(k * across + phase);
      out[row * size + col] = value;
      mean += value;
    }
  }
  mean /= out.length;
  let norm = 0;
  for (let i = 0; i < out.length; i++) {
    out[i] -= mean;
    norm += out[i]! * out[i]!;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < out.length; i++) out[i] /= norm;
  return out;
}

/**
 * The cosine between a field and an input, −1 to 1: how well the picture
 * matches the field, whatever its overall brightness. 0 for an empty input.
 */
export function fieldResponse(field: ArrayLike<number>, input: ArrayLike<number>): number {
  if (field.length !== input.length) throw new RangeError(`field has ${field.length} values, input ${input.length}`);
  let dot = 0;
  let ff = 0;
  let xx = 0;
  for (let i = 0; i < field.length; i++) {
    dot += field[i]! * input[i]!;
    ff += field[i]! * field[i]!;
    xx += input[i]! * input[i]!;
  }
  return ff > 0 && xx > 0 ? dot / Math.sqrt(ff * xx) : 0;
}
