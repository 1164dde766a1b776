/**
 * Leaky integrate-and-fire neuron (Gerstner et al. 2014, Neuronal Dynamics, ch. 1):
 *
 *   τ_m·dV/dt = −(V − V_rest) + R·(I − w) + noise,   τ_w·dw/dt = −w
 *   V ≥ V_th  →  spike, V ← V_reset, hold for t_ref, w ← w + b
 *
 * Between steps the current is constant, so V is advanced with the exact
 * exponential solution, not Euler; without noise the spike time inside a
 * step is solved exactly too, so the simulated rate matches the f–I formula
 * at any step no longer than the inter-spike interval. A step holds at most one
 * spike: rates above 1/dt cannot be represented (with t_ref = 2 ms, any dt ≤ 2 ms is safe).
 * Public functions throw a RangeError for NaN, ±∞ and impossible parameters.
 */
import { requireFinite, requireNonNegative, requirePositive } from './checks';
import type { Rng } from './random';
import type { Hertz, MegaOhms, MilliSeconds, MilliVolts, NanoAmps } from './units';

/** Spike-triggered adaptation current (optional). */
export interface LifAdaptation {
  /** Increment b of the adaptation current at each spike. */
  incrementNanoAmps: NanoAmps;
  /** Decay time constant τ_w. */
  tauMs: MilliSeconds;
}

/** Parameters of a leaky integrate-and-fire neuron. */
export interface LifParams {
  tauMs: MilliSeconds;
  restMilliVolts: MilliVolts;
  thresholdMilliVolts: MilliVolts;
  resetMilliVolts: MilliVolts;
  refractoryMs: MilliSeconds;
  resistanceMegaOhms: MegaOhms;
  adaptation?: LifAdaptation;
  /** Standard deviation of the free membrane's voltage fluctuations (Ornstein–Uhlenbeck noise); 0 = none. */
  noiseMilliVolts?: MilliVolts;
}

/**
 * Defaults within the science brief's ranges (Gerstner et al. 2014; brief
 * "Numbers for the models"): τ_m 20 ms (the brief's range is 10–20 and its
 * detailed default 10; 20 is this project's choice), V_rest −70, V_th −55
 * (textbook AIS threshold), V_reset −70 (= rest, so the simple f–I formula
 * holds), t_ref 2 ms, R 10 MΩ (Neuronal Dynamics' value: I is in nA).
 * Not a realistic cell: C = τ/R = 2 nF and the rheobase 1.5 nA are ~10× a
 * cortical pyramidal cell's (~100–200 pF, ~0.1–0.3 nA; the brief's realistic
 * preset is R 100 MΩ), so every current reads ~10× physiological. The
 * diagrams' prose says so.
 */
export const DEFAULT_LIF_PARAMS: Readonly<LifParams> = {
  tauMs: 20,
  restMilliVolts: -70,
  thresholdMilliVolts: -55,
  resetMilliVolts: -70,
  refractoryMs: 2,
  resistanceMegaOhms: 10,
};

/** Mutable state of one neuron, for live stepping. */
export interface LifState {
  vMilliVolts: MilliVolts;
  adaptationNanoAmps: NanoAmps;
  refractoryLeftMs: MilliSeconds;
  timeMs: MilliSeconds;
  /** Time of the most recent spike, or NaN before the first. */
  lastSpikeMs: MilliSeconds;
}

/**
 * Throws a RangeError unless the parameters describe a neuron: τ_m, R > 0,
 * t_ref ≥ 0, finite potentials with reset below threshold, noise ≥ 0, and an
 * adaptation (if any) with τ_w > 0 and a finite increment.
 */
export function checkLifParams(params: LifParams): void {
  requirePositive('tauMs', params.tauMs);
  requirePositive('resistanceMegaOhms', params.resistanceMegaOhms);
  requireNonNegative('refractoryMs', params.refractoryMs);
  requireFinite('restMilliVolts', params.restMilliVolts);
  requireFinite('thresholdMilliVolts', params.thresholdMilliVolts);
  requireFinite('resetMilliVolts', params.resetMilliVolts);
  if (!(params.resetMilliVolts < params.thresholdMilliVolts)) {
    throw new RangeError('resetMilliVolts must lie below thresholdMilliVolts');
  }
  requireNonNegative('noiseMilliVolts', params.noiseMilliVolts ?? 0);
  if (params.adaptation) {
    requirePositive('adaptation.tauMs', params.adaptation.tauMs);
    requireFinite('adaptation.incrementNanoAmps', params.adaptation.incrementNanoAmps);
  }
}

/** A neuron at rest at t = 0. */
export function createLifState(params: LifParams = DEFAULT_LIF_PARAMS): LifState {
  return { vMilliVolts: params.restMilliVolts, adaptationNanoAmps: 0, refractoryLeftMs: 0, timeMs: 0, lastSpikeMs: NaN };
}

// Free (non-refractory) evolution over `dt` ms from `v`, exact for constant input.
function freeEvolve(v: number, vInf: number, tau: number, dt: number, noise: number, rng?: Rng): number {
  const decay = Math.exp(-dt / tau);
  let next = vInf + (v - vInf) * decay;
  if (noise > 0) {
    if (!rng) throw new Error('noiseMilliVolts > 0 needs an Rng (createRng)');
    // Exact Ornstein–Uhlenbeck update: stationary standard deviation = noise.
    next += noise * Math.sqrt(1 - decay * decay) * rng.normal();
  }
  return next;
}

/**
 * Advances one neuron by dtMs with a constant current; returns true if it
 * spiked (at most once per step; see the module note). Mutates `state`.
 * RangeError for a non-finite current, a step that is not finite and > 0, or bad parameters.
 */
export function stepLif(state: LifState, params: LifParams, currentNanoAmps: NanoAmps, dtMs: MilliSeconds, rng?: Rng): boolean {
  requireFinite('currentNanoAmps', currentNanoAmps);
  requirePositive('dtMs', dtMs);
  checkLifParams(params);
  const t0 = state.timeMs;
  state.timeMs = t0 + dtMs;
  const noise = params.noiseMilliVolts ?? 0;
  const w = state.adaptationNanoAmps;
  if (params.adaptation) state.adaptationNanoAmps = w * Math.exp(-dtMs / params.adaptation.tauMs);
  const held = Math.min(dtMs, state.refractoryLeftMs);
  state.refractoryLeftMs -= held;
  const free = dtMs - held;
  if (free <= 0) return false;
  const vInf = params.restMilliVolts + params.resistanceMegaOhms * (currentNanoAmps - w);
  const v = state.vMilliVolts;
  const next = freeEvolve(v, vInf, params.tauMs, free, noise, rng);
  if (next < params.thresholdMilliVolts) {
    state.vMilliVolts = next;
    return false;
  }
  // Deterministic crossing time within the free interval; with noise, the step's end.
  let crossing = free;
  if (noise === 0 && v < params.thresholdMilliVolts) {
    crossing = Math.min(free, Math.max(0, params.tauMs * Math.log((v - vInf) / (params.thresholdMilliVolts - vInf))));
  }
  const spikeMs = t0 + held + crossing;
  state.lastSpikeMs = spikeMs;
  if (params.adaptation) state.adaptationNanoAmps += params.adaptation.incrementNanoAmps;
  const afterSpike = free - crossing;
  state.vMilliVolts = params.resetMilliVolts;
  state.refractoryLeftMs = params.refractoryMs - afterSpike;
  if (state.refractoryLeftMs < 0) {
    // A step longer than t_ref: let the neuron run freely for the rest of it.
    state.vMilliVolts = freeEvolve(params.resetMilliVolts, vInf, params.tauMs, -state.refractoryLeftMs, noise, rng);
    state.refractoryLeftMs = 0;
  }
  return true;
}

/** A recorded LIF run. */
export interface LifTrace {
  tMs: Float64Array;
  vMilliVolts: Float64Array;
  spikeTimesMs: MilliSeconds[];
}

/**
 * Simulates one neuron for durationMs; `input` is a constant current or a
 * function of time. RangeError for a non-finite current, duration or step.
 */
export function simulateLif(
  params: LifParams,
  input: NanoAmps | ((tMs: MilliSeconds) => NanoAmps),
  durationMs: MilliSeconds,
  dtMs: MilliSeconds = 0.1,
  rng?: Rng,
): LifTrace {
  requireNonNegative('durationMs', durationMs);
  requirePositive('dtMs', dtMs);
  checkLifParams(params);
  if (typeof input === 'number') requireFinite('currentNanoAmps', input);
  const steps = Math.round(durationMs / dtMs);
  const current = typeof input === 'number' ? () => input : input;
  const tMs = new Float64Array(steps + 1);
  const vMilliVolts = new Float64Array(steps + 1);
  const spikeTimesMs: MilliSeconds[] = [];
  const state = createLifState(params);
  vMilliVolts[0] = state.vMilliVolts;
  for (let k = 1; k <= steps; k++) {
    if (stepLif(state, params, current((k - 1) * dtMs), dtMs, rng)) spikeTimesMs.push(state.lastSpikeMs);
    tMs[k] = k * dtMs;
    vMilliVolts[k] = state.vMilliVolts;
  }
  return { tMs, vMilliVolts, spikeTimesMs };
}

/**
 * The potential a constant current holds the membrane at when it does not
 * fire: V∞ = V_rest + R·I (Gerstner et al. 2014, ch. 1). Without adaptation or
 * noise, a current below rheobase settles here; at or above it, the neuron fires.
 */
export function lifSteadyStateMilliVolts(params: LifParams, currentNanoAmps: NanoAmps): MilliVolts {
  return params.restMilliVolts + params.resistanceMegaOhms * currentNanoAmps;
}

/** The constant current that holds the membrane this far above rest: I = ΔV / R. */
export function lifCurrentForDepolarisationNanoAmps(params: LifParams, depolarisationMilliVolts: MilliVolts): NanoAmps {
  return depolarisationMilliVolts / params.resistanceMegaOhms;
}

/** Rheobase: the smallest constant current that makes the neuron fire, (V_th − V_rest)/R. */
export function lifRheobaseNanoAmps(params: LifParams = DEFAULT_LIF_PARAMS): NanoAmps {
  return (params.thresholdMilliVolts - params.restMilliVolts) / params.resistanceMegaOhms;
}

/**
 * Analytic firing rate for a constant current, without adaptation or noise:
 * r = 1 / (t_ref + τ_m·ln((R·I − (V_reset − V_rest)) / (R·I − (V_th − V_rest)))); 0 at or below rheobase.
 * It rises toward 1/t_ref as I grows. RangeError for a non-finite current or bad parameters.
 */
export function lifRateHz(params: LifParams, currentNanoAmps: NanoAmps): Hertz {
  requireFinite('currentNanoAmps', currentNanoAmps);
  checkLifParams(params);
  const drive = params.resistanceMegaOhms * currentNanoAmps;
  const gap = params.thresholdMilliVolts - params.restMilliVolts;
  if (!(drive > gap)) return 0;
  const fromReset = drive - (params.resetMilliVolts - params.restMilliVolts);
  const intervalMs = params.refractoryMs + params.tauMs * Math.log(fromReset / (drive - gap));
  return 1000 / intervalMs;
}

/** One point of an f–I curve. */
export interface FiPoint {
  currentNanoAmps: NanoAmps;
  rateHz: Hertz;
}

/** The analytic f–I curve at the given currents. */
export function fiCurve(params: LifParams, currentsNanoAmps: readonly NanoAmps[]): FiPoint[] {
  return currentsNanoAmps.map((currentNanoAmps) => ({ currentNanoAmps, rateHz: lifRateHz(params, currentNanoAmps) }));
}

/** Mean rate from spike times: spikes per second over a span of the given length. */
export function rateFromSpikesHz(spikeTimesMs: readonly MilliSeconds[], windowMs: MilliSeconds): Hertz {
  return windowMs > 0 ? (1000 * spikeTimesMs.length) / windowMs : 0;
}

/** Membrane state of a population, one entry per neuron. */
export interface LifPopulation {
  vMilliVolts: Float64Array;
  refractoryLeftMs: Float64Array;
}

/** A population of `size` neurons at rest. */
export function createLifPopulation(size: number, params: LifParams = DEFAULT_LIF_PARAMS): LifPopulation {
  return { vMilliVolts: new Float64Array(size).fill(params.restMilliVolts), refractoryLeftMs: new Float64Array(size) };
}

/**
 * Advances a population one step (no noise, no adaptation; spikes at step
 * ends). `currentsNanoAmps` holds one current per neuron; `spiked` (optional)
 * receives 1 for each neuron that fired. Returns the number of spikes.
 * Spikes fall on step ends and t_ref is counted in whole steps, so a neuron
 * fires at most once per ceil(t_ref/dt) + 1 steps: rates are exact only well
 * below 1/(t_ref + dt); use `stepLif` where spike times matter. For speed the
 * currents are not checked (a NaN current never fires); the step and the
 * parameters are (RangeError).
 */
export function stepLifPopulation(
  population: LifPopulation,
  params: LifParams,
  currentsNanoAmps: Float64Array,
  dtMs: MilliSeconds,
  spiked?: Uint8Array,
): number {
  requirePositive('dtMs', dtMs);
  checkLifParams(params);
  const v = population.vMilliVolts;
  const refractory = population.refractoryLeftMs;
  const decay = Math.exp(-dtMs / params.tauMs);
  const rest = params.restMilliVolts;
  const r = params.resistanceMegaOhms;
  const threshold = params.thresholdMilliVolts;
  const reset = params.resetMilliVolts;
  const tRef = params.refractoryMs;
  let count = 0;
  for (let i = 0; i < v.length; i++) {
    let fired = 0;
    // The tolerance stops rounding (2 − 20 × 0.1 ≠ 0) from adding a step.
    if (refractory[i] > 1e-9) {
      refractory[i] = refractory[i] - dtMs;
    } else {
      const vInf = rest + r * currentsNanoAmps[i];
      const next = vInf + (v[i] - vInf) * decay;
      if (next >= threshold) {
        v[i] = reset;
        refractory[i] = tRef;
        fired = 1;
        count++;
      } else {
        v[i] = next;
      }
    }
    if (spiked) spiked[i] = fired;
  }
  return count;
}
