/**
 * Spontaneous firing: with no input at all, membrane noise alone carries a
 * neuron over threshold now and then. The brief suggests background noise of
 * σ ≈ 1–3 mV in V for irregular firing (detailed brief §2.1); with zero input
 * the default neuron needs more (threshold is 15 mV above rest).
 */
import { requireFinite, requireNonNegative, requirePositive } from './checks';
import { DEFAULT_LIF_PARAMS, simulateLif, type LifParams } from './lif';
import { createRng } from './random';
import type { Hertz, MilliSeconds, MilliVolts } from './units';

/**
 * Mean rate of a LIF neuron driven by noise alone (zero input current), for
 * one seed. RangeError for noise that is negative or not finite, a non-finite
 * seed, or a duration that is not finite and > 0 (a rate over no time is undefined).
 */
export function spontaneousRateHz(
  noiseMilliVolts: MilliVolts,
  seed: number,
  durationMs: MilliSeconds = 10000,
  params: LifParams = DEFAULT_LIF_PARAMS,
  dtMs: MilliSeconds = 0.1,
): Hertz {
  requireNonNegative('noiseMilliVolts', noiseMilliVolts);
  requireFinite('seed', seed);
  requirePositive('durationMs', durationMs);
  const noisy: LifParams = { ...params, noiseMilliVolts };
  const trace = simulateLif(noisy, 0, durationMs, dtMs, createRng(seed));
  return (1000 * trace.spikeTimesMs.length) / durationMs;
}
