/**
 * Neuromodulation as a change of the f–I curve: the same input, a different
 * output. Neuromodulators such as noradrenaline change the gain and threshold
 * of the same circuit (Marder 2012, Neuron 76:1, doi:10.1016/j.neuron.2012.09.010);
 * locus-coeruleus noradrenaline sets "adaptive gain" (Aston-Jones & Cohen 2005,
 * Annu. Rev. Neurosci. 28:403, doi:10.1146/annurev.neuro.28.061604.135709).
 *
 * This is a simplified phenomenological model, not a biophysical one: the
 * level scales the membrane resistance (steeper f–I curve) and lowers the
 * threshold (lower rheobase). The two maxima below are illustrative choices
 * for the diagram, not measured values.
 */
import { DEFAULT_LIF_PARAMS, type LifParams } from './lif';
import type { MilliVolts } from './units';

/** Largest resistance (gain) increase at level 1: ×1.5 (illustrative). */
export const MAX_GAIN_FACTOR = 1.5;
/** Largest threshold drop at level 1: 3 mV (illustrative; −55 → −58 mV stays in the brief's −60 to −45 range). */
export const MAX_THRESHOLD_DROP_MILLIVOLTS: MilliVolts = 3;

/** LIF parameters under a neuromodulator level in [0, 1] (clamped): higher gain, lower threshold. */
export function neuromodulatedLifParams(level: number, base: LifParams = DEFAULT_LIF_PARAMS): LifParams {
  const x = Number.isFinite(level) ? Math.min(1, Math.max(0, level)) : 0;
  return {
    ...base,
    resistanceMegaOhms: base.resistanceMegaOhms * (1 + (MAX_GAIN_FACTOR - 1) * x),
    thresholdMilliVolts: base.thresholdMilliVolts - MAX_THRESHOLD_DROP_MILLIVOLTS * x,
  };
}
