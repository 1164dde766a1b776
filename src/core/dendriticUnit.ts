/**
 * A unit with a non-monotonic dendritic activation, after the graded dendritic
 * Ca²⁺ action potentials (dCaAPs) of human layer 2/3 neurons (Gidon et al.
 * 2020, Science 367:83, doi:10.1126/science.aax6239): no response below a
 * threshold, the largest response at threshold, smaller ones for stronger
 * input. One such unit solves XOR, which no linear-threshold unit can.
 *
 *   amplitude
 *   1 ┤    █
 *     │    █▆▄▃▂▁
 *   0 ┼────┴────────  summed input s
 *          θ
 */
import type { Activation } from './activations';
import { dot } from './linalg';

/** Shape of the dCaAP activation: onset threshold θ and decay width above it. */
export interface DcaApShape {
  thresholdInput: number;
  decayWidth: number;
}

/** dCaAP amplitude: 0 for s < θ, else exp(−(s − θ)/width) (a phenomenological shape, not a fit to data). */
export function dcaApAmplitude(s: number, shape: DcaApShape): number {
  return s < shape.thresholdInput ? 0 : Math.exp(-(s - shape.thresholdInput) / shape.decayWidth);
}

/** A dendritic unit: weights, bias, dCaAP shape and the output threshold on the amplitude. */
export interface DendriticUnit extends DcaApShape {
  weights: readonly number[];
  bias: number;
  outputThreshold: number;
}

/**
 * Default weights that solve XOR: s = x₁ + x₂ is 0, 1, 1, 2; with θ = 0.5 and
 * width 1 the amplitudes are 0, 0.61, 0.61, 0.22, and the output threshold 0.5
 * separates them.
 */
export const XOR_DENDRITIC_UNIT: Readonly<DendriticUnit> = {
  weights: [1, 1],
  bias: 0,
  thresholdInput: 0.5,
  decayWidth: 1,
  outputThreshold: 0.5,
};

/** The unit's summed input, dCaAP amplitude and binary output for an input. */
export function dendriticUnitOutput(unit: DendriticUnit, x: readonly number[]): { summedInput: number; amplitude: number; label: 0 | 1 } {
  const summedInput = dot(unit.weights, x) + unit.bias;
  const amplitude = dcaApAmplitude(summedInput, unit);
  return { summedInput, amplitude, label: amplitude >= unit.outputThreshold ? 1 : 0 };
}

/** The dCaAP shape of XOR_DENDRITIC_UNIT as an Activation object (for plots and labels). */
export const DCAAP_ACTIVATION: Omit<Activation, 'id'> & { id: 'dcaap' } = {
  id: 'dcaap',
  label: 'dendritic Ca²⁺ AP (dCaAP)',
  f: (s) => dcaApAmplitude(s, XOR_DENDRITIC_UNIT),
  df: (s) => (s < XOR_DENDRITIC_UNIT.thresholdInput ? 0 : -dcaApAmplitude(s, XOR_DENDRITIC_UNIT) / XOR_DENDRITIC_UNIT.decayWidth),
  tex: 'f(s) = \\begin{cases} 0 & s < \\theta \\\\ e^{-(s-\\theta)/w} & s \\ge \\theta \\end{cases}',
};
