/**
 * The live noisy neuron: the core's `stepLif` driven by nothing but its own
 * seeded membrane noise, kept as a rolling window. It takes exactly the steps
 * `spontaneousRateHz` takes (same step, same seed, same order of random
 * draws), so the trace on screen is the very run whose first 10 s the rate
 * readout counts. Mutable by design (it advances every frame); no clock, no
 * Math.random, so the server and the browser draw the same first window.
 */
import { createLifState, createRng, stepLif, type LifParams, type LifState, type Rng } from '../../core';
import { createTrace, forget, record, takeSteps, type RollingTrace } from '../../chart/trace';

/** Simulation step, ms: the core's default, as `spontaneousRateHz` uses. */
export const DT_MS = 0.1;
/** Simulated time the trace shows, ms. */
export const WINDOW_MS = 1000;
/** A sample is drawn every this many ms (plus both ends of each spike's jump). */
const SAMPLE_MS = 2;

/** The live neuron, its generator and its recent history (potentials in mV). */
export interface NoisySim extends RollingTrace {
  params: LifParams;
  state: LifState;
  rng: Rng;
  /** Every spike since t = 0. */
  spikeCount: number;
  nextSampleMs: number;
}

/** A neuron at rest at t = 0 with its noise seeded. */
export function createSim(params: LifParams, seed: number): NoisySim {
  const state = createLifState(params);
  return { ...createTrace(0, state.vMilliVolts), params, state, rng: createRng(seed), spikeCount: 0, nextSampleMs: SAMPLE_MS };
}

/** The first full window, the same on the server and in the browser. */
export function firstWindow(params: LifParams, seed: number): NoisySim {
  const sim = createSim(params, seed);
  advanceSim(sim, WINDOW_MS);
  return sim;
}

/** Advance by `ms` of simulated time with zero input current. */
export function advanceSim(sim: NoisySim, ms: number): void {
  const steps = takeSteps(sim, ms, DT_MS);
  const { state, params } = sim;
  for (let s = 0; s < steps; s++) {
    const before = state.vMilliVolts;
    const fired = stepLif(state, params, 0, DT_MS, sim.rng);
    if (fired) {
      sim.spikes.push(state.lastSpikeMs);
      sim.spikeCount++;
      // Draw the climb to threshold and the reset as one vertical jump at the spike.
      record(sim, state.lastSpikeMs - DT_MS, before);
      record(sim, state.lastSpikeMs, params.thresholdMilliVolts);
      record(sim, state.lastSpikeMs, params.resetMilliVolts);
    }
    if (state.timeMs >= sim.nextSampleMs - 1e-9) {
      record(sim, state.timeMs, state.vMilliVolts);
      sim.nextSampleMs = state.timeMs + SAMPLE_MS;
    }
  }
  forget(sim, sim.state.timeMs - WINDOW_MS - 2);
}
