/**
 * The live noisy neuron: the core's `stepLif` driven by nothing but its own
 * seeded membrane noise, kept as a rolling window. It takes exactly the steps
 * `spontaneousRateHz` takes (same step, same seed, same order of random
 * draws), so the trace on screen is the very run whose first 10 s the rate
 * readout counts. Mutable by design (it advances every frame); no clock, no
 * Math.random, so the server and the browser draw the same first window.
 */
import { createLifState, createRng, stepLif, type LifParams, type LifState, type Rng } from '../../core';

/** Simulation step, ms: the core's default, as `spontaneousRateHz` uses. */
export const DT_MS = 0.1;
/** Simulated time the trace shows, ms. */
export const WINDOW_MS = 1000;
/** A sample is drawn every this many ms (plus both ends of each spike's jump). */
const SAMPLE_MS = 2;

/** The live neuron, its generator and its recent history. */
export interface NoisySim {
  params: LifParams;
  state: LifState;
  rng: Rng;
  /** Sample times (ms) and potentials (mV), oldest first; `start` marks the first still in view. */
  t: number[];
  v: number[];
  start: number;
  /** Spike times still in view, ms. */
  spikes: number[];
  /** Every spike since t = 0. */
  spikeCount: number;
  nextSampleMs: number;
  /** Time asked for but not yet stepped (less than one step), ms. */
  carryMs: number;
}

/** A neuron at rest at t = 0 with its noise seeded. */
export function createSim(params: LifParams, seed: number): NoisySim {
  const state = createLifState(params);
  return { params, state, rng: createRng(seed), t: [0], v: [state.vMilliVolts], start: 0, spikes: [], spikeCount: 0, nextSampleMs: SAMPLE_MS, carryMs: 0 };
}

/** The first full window, the same on the server and in the browser. */
export function firstWindow(params: LifParams, seed: number): NoisySim {
  const sim = createSim(params, seed);
  advanceSim(sim, WINDOW_MS);
  return sim;
}

/** Advance by `ms` of simulated time with zero input current. */
export function advanceSim(sim: NoisySim, ms: number): void {
  const total = ms + sim.carryMs;
  const steps = Math.floor(total / DT_MS + 1e-9);
  sim.carryMs = Math.max(0, total - steps * DT_MS);
  const { state, params } = sim;
  for (let s = 0; s < steps; s++) {
    const before = state.vMilliVolts;
    const fired = stepLif(state, params, 0, DT_MS, sim.rng);
    if (fired) {
      sim.spikes.push(state.lastSpikeMs);
      sim.spikeCount++;
      // Draw the climb to threshold and the reset as one vertical jump at the spike.
      sim.t.push(state.lastSpikeMs - DT_MS, state.lastSpikeMs, state.lastSpikeMs);
      sim.v.push(before, params.thresholdMilliVolts, params.resetMilliVolts);
    }
    if (state.timeMs >= sim.nextSampleMs - 1e-9) {
      sim.t.push(state.timeMs);
      sim.v.push(state.vMilliVolts);
      sim.nextSampleMs = state.timeMs + SAMPLE_MS;
    }
  }
  forget(sim);
}

function forget(sim: NoisySim): void {
  const oldest = sim.state.timeMs - WINDOW_MS - 2;
  while (sim.start < sim.t.length - 2 && (sim.t[sim.start + 1] ?? Infinity) < oldest) sim.start++;
  if (sim.start > 4000) {
    sim.t.splice(0, sim.start);
    sim.v.splice(0, sim.start);
    sim.start = 0;
  }
  while (sim.spikes.length && (sim.spikes[0] ?? 0) < oldest) sim.spikes.shift();
}
