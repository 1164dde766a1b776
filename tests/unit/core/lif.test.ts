import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_LIF_PARAMS,
  createLifPopulation,
  createLifState,
  createRng,
  fiCurve,
  lifRateHz,
  lifRheobaseNanoAmps,
  rateFromSpikesHz,
  simulateLif,
  stepLif,
  stepLifPopulation,
  type LifParams,
} from '../../../src/core';

// Rate from inter-spike intervals, so the first spike's latency does not bias it.
const isiRateHz = (spikes: number[]): number => (spikes.length < 2 ? 0 : (1000 * (spikes.length - 1)) / (spikes[spikes.length - 1]! - spikes[0]!));

describe('LIF analytic f–I curve', () => {
  it('has rheobase (V_th − V_rest)/R = 1.5 nA for the defaults', () => {
    expect(lifRheobaseNanoAmps()).toBeCloseTo(1.5, 12);
    expect(lifRateHz(DEFAULT_LIF_PARAMS, 1.5)).toBe(0);
    expect(lifRateHz(DEFAULT_LIF_PARAMS, 1)).toBe(0);
  });

  it('matches the closed form 1/(t_ref + τ ln(RI/(RI − 15))) for V_reset = V_rest', () => {
    expect(lifRateHz(DEFAULT_LIF_PARAMS, 3)).toBeCloseTo(1000 / (2 + 20 * Math.log(30 / 15)), 9);
  });

  it('reproduces the detailed brief’s table for its default set (τ 10, V_th −50, V_reset −65)', () => {
    const brief: LifParams = { ...DEFAULT_LIF_PARAMS, tauMs: 10, thresholdMilliVolts: -50, resetMilliVolts: -65 };
    const rates = fiCurve(brief, [2.5, 3, 4, 6, 10]).map((p) => Math.round(p.rateHz));
    expect(rates).toEqual([63, 90, 132, 193, 269]);
  });

  it('is monotone in the current and bounded by 1/t_ref', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(lifRateHz(DEFAULT_LIF_PARAMS, hi)).toBeGreaterThanOrEqual(lifRateHz(DEFAULT_LIF_PARAMS, lo));
        expect(lifRateHz(DEFAULT_LIF_PARAMS, hi)).toBeLessThan(500);
      }),
    );
  });
});

describe('LIF simulation', () => {
  it('fires at the analytic rate within 2% across currents', () => {
    for (const current of [1.55, 1.8, 2, 3, 5, 10, 20]) {
      for (const dtMs of [0.01, 0.1]) {
        const { spikeTimesMs } = simulateLif(DEFAULT_LIF_PARAMS, current, 2000, dtMs);
        const expected = lifRateHz(DEFAULT_LIF_PARAMS, current);
        expect(Math.abs(isiRateHz(spikeTimesMs) - expected) / expected).toBeLessThan(0.02);
      }
    }
  });

  it('matches the generalised rate when V_reset ≠ V_rest', () => {
    const p: LifParams = { ...DEFAULT_LIF_PARAMS, resetMilliVolts: -75 };
    const { spikeTimesMs } = simulateLif(p, 4, 2000, 0.05);
    expect(isiRateHz(spikeTimesMs)).toBeCloseTo(lifRateHz(p, 4), 1);
    expect(lifRateHz(p, 4)).toBeLessThan(lifRateHz(DEFAULT_LIF_PARAMS, 4));
  });

  it('never fires below rheobase', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 1.5, noNaN: true }), (current) => {
        expect(simulateLif(DEFAULT_LIF_PARAMS, current, 300, 0.5).spikeTimesMs).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('approaches V∞ = V_rest + R·I exactly below threshold', () => {
    const trace = simulateLif(DEFAULT_LIF_PARAMS, 1, 20, 0.1);
    expect(trace.vMilliVolts[trace.vMilliVolts.length - 1]).toBeCloseTo(-70 + 10 * (1 - Math.exp(-1)), 9);
  });

  it('holds V at reset during the refractory period, also with steps longer than t_ref', () => {
    const state = createLifState();
    stepLif(state, DEFAULT_LIF_PARAMS, 100, 0.1);
    while (!stepLif(state, DEFAULT_LIF_PARAMS, 100, 0.1));
    expect(state.vMilliVolts).toBe(-70);
    stepLif(state, DEFAULT_LIF_PARAMS, 100, 1);
    expect(state.vMilliVolts).toBe(-70);
    // A 5 ms step: spike, 2 ms refractory, then free evolution for the rest.
    const coarse = createLifState();
    expect(stepLif(coarse, DEFAULT_LIF_PARAMS, 100, 5)).toBe(true);
    expect(coarse.vMilliVolts).toBeGreaterThan(-70);
    expect(coarse.refractoryLeftMs).toBe(0);
  });

  it('accepts a time-varying input', () => {
    const trace = simulateLif(DEFAULT_LIF_PARAMS, (t) => (t < 100 ? 0 : 3), 200, 0.1);
    expect(trace.spikeTimesMs.length).toBeGreaterThan(3);
    expect(trace.spikeTimesMs[0]).toBeGreaterThan(100);
  });

  it('slows down with an adaptation current', () => {
    const adapting: LifParams = { ...DEFAULT_LIF_PARAMS, adaptation: { incrementNanoAmps: 0.2, tauMs: 150 } };
    const { spikeTimesMs } = simulateLif(adapting, 4, 500, 0.1);
    const firstIsi = spikeTimesMs[1]! - spikeTimesMs[0]!;
    const lastIsi = spikeTimesMs[spikeTimesMs.length - 1]! - spikeTimesMs[spikeTimesMs.length - 2]!;
    expect(lastIsi).toBeGreaterThan(1.5 * firstIsi);
  });

  it('reproduces noise exactly for the same seed and differs for another', () => {
    const noisy: LifParams = { ...DEFAULT_LIF_PARAMS, noiseMilliVolts: 4 };
    const a = simulateLif(noisy, 1.4, 500, 0.1, createRng(11));
    const b = simulateLif(noisy, 1.4, 500, 0.1, createRng(11));
    const c = simulateLif(noisy, 1.4, 500, 0.1, createRng(12));
    expect(Array.from(a.vMilliVolts)).toEqual(Array.from(b.vMilliVolts));
    expect(a.spikeTimesMs).toEqual(b.spikeTimesMs);
    expect(Array.from(a.vMilliVolts)).not.toEqual(Array.from(c.vMilliVolts));
  });

  it('refuses noise without a generator', () => {
    expect(() => simulateLif({ ...DEFAULT_LIF_PARAMS, noiseMilliVolts: 1 }, 0, 10)).toThrow(/Rng/);
  });

  it('computes rates from spike counts', () => {
    expect(rateFromSpikesHz([1, 2, 3], 500)).toBe(6);
    expect(rateFromSpikesHz([1], 0)).toBe(0);
  });
});

describe('stepLifPopulation', () => {
  it('fires each neuron at the analytic rate within 2% (dt 0.01 ms)', () => {
    const currents = Float64Array.from([0, 1, 2, 3, 5, 10]);
    const pop = createLifPopulation(currents.length);
    const counts = new Float64Array(currents.length);
    const spiked = new Uint8Array(currents.length);
    let total = 0;
    for (let k = 0; k < 200000; k++) {
      total += stepLifPopulation(pop, DEFAULT_LIF_PARAMS, currents, 0.01, spiked);
      for (let i = 0; i < spiked.length; i++) counts[i]! += spiked[i]!;
    }
    expect(total).toBe(counts.reduce((a, b) => a + b, 0));
    currents.forEach((current, i) => {
      const expected = lifRateHz(DEFAULT_LIF_PARAMS, current) * 2;
      if (expected === 0) expect(counts[i]).toBe(0);
      else expect(Math.abs(counts[i]! - expected) / expected).toBeLessThan(0.02);
    });
  });
});

describe('steady state and the current for a depolarisation', () => {
  it('are inverse to each other and agree with the simulation below rheobase', async () => {
    const { lifSteadyStateMilliVolts, lifCurrentForDepolarisationNanoAmps, simulateLif, DEFAULT_LIF_PARAMS } = await import('../../../src/core');
    const current = lifCurrentForDepolarisationNanoAmps(DEFAULT_LIF_PARAMS, 12);
    expect(current).toBeCloseTo(1.2, 12);
    expect(lifSteadyStateMilliVolts(DEFAULT_LIF_PARAMS, current)).toBeCloseTo(-58, 12);
    const run = simulateLif(DEFAULT_LIF_PARAMS, current, 400, 0.1);
    expect(run.spikeTimesMs).toEqual([]);
    expect(run.vMilliVolts[run.vMilliVolts.length - 1]).toBeCloseTo(-58, 6);
  });
});
