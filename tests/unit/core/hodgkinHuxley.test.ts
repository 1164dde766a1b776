import { describe, expect, it } from 'vitest';
import { HH_PARAMS, actionPotentialTrace, currentPulse, detectSpikes, hhRates, hhSteadyState, simulateHodgkinHuxley, vtrap } from '../../../src/core';

const peak = (v: Float64Array): number => Math.max(...v);
const run = (stimulus: (t: number) => number, durationMs = 30, method: 'rk4' | 'exponentialEuler' = 'rk4') =>
  simulateHodgkinHuxley({ durationMs, stimulus, method });

describe('Hodgkin–Huxley', () => {
  it('uses the 1952 conductances and the modern reversal potentials shifted by −5 mV', () => {
    expect(HH_PARAMS).toMatchObject({ gNa: 120, gK: 36, gLeak: 0.3, capacitance: 1, eNaMilliVolts: 45, eKMilliVolts: -82 });
    expect(HH_PARAMS.eLeakMilliVolts).toBeCloseTo(-59.4, 9);
  });

  it('handles the removable 0/0 of the α rates with the limit value', () => {
    expect(vtrap(0, 10)).toBe(10);
    expect(vtrap(1e-9, 10)).toBeCloseTo(10 + 5e-10, 12);
    // Continuous across the switch between the series and the formula.
    expect(vtrap(1e-4 * (1 - 1e-9), 10)).toBeCloseTo(vtrap(1e-4 * (1 + 1e-9), 10), 12);
    expect(vtrap(-30, 10)).toBeCloseTo(-30 / (1 - Math.exp(3)), 12);
    expect(vtrap(1e-6, 10)).toBeCloseTo(10 + 5e-7, 12);
    // At V = −35 mV (classic −40) α_m is exactly 0.1 · 10 = 1 per ms.
    expect(hhRates(-45).alphaM).toBeCloseTo(1, 12);
    expect(hhRates(-60).alphaN).toBeCloseTo(0.1, 12);
    expect(hhRates(-45.00001).alphaM).toBeCloseTo(1 - (0.1 * 0.00001) / 2, 12);
    // The shared exponentials give the textbook rates (checked against the direct formulas at −50 mV).
    const r = hhRates(-50);
    const u = -45;
    expect(r.alphaH).toBeCloseTo(0.07 * Math.exp(-(u + 65) / 20), 14);
    expect(r.betaH).toBeCloseTo(1 / (1 + Math.exp(-(u + 35) / 10)), 14);
    expect(r.alphaM).toBeCloseTo((0.1 * (u + 40)) / (1 - Math.exp(-(u + 40) / 10)), 13);
    expect(r.alphaN).toBeCloseTo((0.01 * (u + 55)) / (1 - Math.exp(-(u + 55) / 10)), 13);
    expect(r.betaN).toBeCloseTo(0.125 * Math.exp(-(u + 65) / 80), 14);
    expect(r.betaM).toBeCloseTo(4 * Math.exp(-(u + 65) / 18), 14);
  });

  it('settles at rest near −70 mV from a displaced start', () => {
    const trace = simulateHodgkinHuxley({ durationMs: 100, initialVMilliVolts: -62 });
    expect(trace.vMilliVolts[trace.vMilliVolts.length - 1]).toBeCloseTo(-70, 0);
    const g = hhSteadyState(-70);
    expect(g.m).toBeCloseTo(0.053, 2);
    expect(g.h).toBeCloseTo(0.596, 2);
    expect(g.n).toBeCloseTo(0.318, 2);
  });

  it('gives no spike for a sub-threshold pulse', () => {
    const trace = run(currentPulse(5, 1, 3));
    expect(detectSpikes(trace.vMilliVolts, trace.tMs)).toEqual([]);
    expect(peak(trace.vMilliVolts)).toBeLessThan(-60);
  });

  it('fires one spike with overshoot above 0 mV and an after-hyperpolarisation for a supra-threshold pulse', () => {
    const trace = run(currentPulse(5, 1, 10));
    expect(detectSpikes(trace.vMilliVolts, trace.tMs)).toHaveLength(1);
    expect(peak(trace.vMilliVolts)).toBeGreaterThan(30);
    expect(Math.min(...trace.vMilliVolts)).toBeLessThan(-75);
  });

  it('gives no second spike for a pulse inside the refractory period', () => {
    const both = (t: number): number => currentPulse(5, 1, 10)(t) + currentPulse(8, 1, 10)(t);
    const trace = run(both);
    expect(detectSpikes(trace.vMilliVolts, trace.tMs)).toHaveLength(1);
    // The same second pulse alone would fire: the refractoriness is what stops it.
    const alone = run(currentPulse(8, 1, 10));
    expect(detectSpikes(alone.vMilliVolts, alone.tMs)).toHaveLength(1);
  });

  it('is all-or-none: quadrupling the stimulus barely changes the spike height', () => {
    const small = peak(run(currentPulse(5, 1, 10)).vMilliVolts);
    const large = peak(run(currentPulse(5, 1, 40)).vMilliVolts);
    expect(Math.abs(large - small)).toBeLessThan(3);
    // Below threshold the response does grow with the stimulus.
    const sub1 = peak(run(currentPulse(5, 1, 1)).vMilliVolts) + 70;
    const sub3 = peak(run(currentPulse(5, 1, 3)).vMilliVolts) + 70;
    expect(sub3).toBeGreaterThan(2.5 * sub1);
  });

  it('agrees between RK4 and exponential Euler', () => {
    const a = run(currentPulse(5, 1, 10), 20, 'rk4');
    const b = simulateHodgkinHuxley({ durationMs: 20, stimulus: currentPulse(5, 1, 10), method: 'exponentialEuler', dtMs: 0.025 });
    const ta = detectSpikes(a.vMilliVolts, a.tMs)[0]!;
    const tb = detectSpikes(b.vMilliVolts, b.tMs)[0]!;
    expect(Math.abs(ta - tb)).toBeLessThan(0.2);
    expect(Math.abs(peak(a.vMilliVolts) - peak(b.vMilliVolts))).toBeLessThan(2);
  });

  it('records every n-th step and rejects steps above 0.025 ms', () => {
    const trace = simulateHodgkinHuxley({ durationMs: 1, dtMs: 0.01, recordEvery: 10 });
    expect(Array.from(trace.tMs, (t) => Number(t.toFixed(6)))).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(trace.m).toHaveLength(11);
    expect(() => simulateHodgkinHuxley({ durationMs: 1, dtMs: 0.05 })).toThrow(RangeError);
  });

  it('interpolates the crossing time of a spike', () => {
    expect(detectSpikes([-10, 10, 20, -5, 5], [0, 1, 2, 3, 4])).toEqual([0.5, 3.5]);
    expect(detectSpikes([-10, 10], [0, 1], 5)).toEqual([0.75]);
  });

  it('provides one sampled action potential for animation', () => {
    const ap = actionPotentialTrace();
    expect(ap.tMs).toHaveLength(201);
    expect(ap.tMs[1]).toBeCloseTo(0.1, 9);
    expect(ap.vMilliVolts[0]).toBeCloseTo(-70, 1);
    expect(detectSpikes(ap.vMilliVolts, ap.tMs)).toHaveLength(1);
  });
});
