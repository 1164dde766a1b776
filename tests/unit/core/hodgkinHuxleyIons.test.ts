import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_ION_CONCENTRATIONS,
  HH_PARAMS,
  IONS,
  currentPulse,
  detectSpikes,
  ghkVoltageMilliVolts,
  hhRateFactor,
  hhReversalsFromIons,
  hhRestingPotentialMilliVolts,
  hhSpikeTimesMs,
  hhStimulus,
  nernstMilliVolts,
  simulateHodgkinHuxley,
  spikeHalfWidthMs,
  type HhOptions,
  type IonConcentrations,
} from '../../../src/core';

const spikes = (options: HhOptions): number => {
  const t = simulateHodgkinHuxley(options);
  return detectSpikes(t.vMilliVolts, t.tMs).length;
};
const pulse = (amplitudeMicroAmpsPerCm2: number, startMs = 5, durationMs = 1) => ({ kind: 'pulse', startMs, durationMs, amplitudeMicroAmpsPerCm2 }) as const;
const withOutsideK = (ko: number): IonConcentrations => ({
  ...DEFAULT_ION_CONCENTRATIONS,
  k: { outsideMilliMolar: ko, insideMilliMolar: DEFAULT_ION_CONCENTRATIONS.k.insideMilliMolar },
});

describe('Hodgkin–Huxley: the default stepper', () => {
  it('keeps the 1 ms pulse threshold at 6.92 µA/cm² (6.3 °C) to within 0.5 %', () => {
    let lo = 6,
      hi = 8;
    for (let i = 0; i < 20; i++) {
      const mid = (lo + hi) / 2;
      if (spikes({ durationMs: 20, stimulus: currentPulse(1, 1, mid) }) > 0) hi = mid;
      else lo = mid;
    }
    // 6.9207 is the converged value (RK4 at dt 0.001 ms, and NEURON's hh with CVODE).
    expect(Math.abs(hi / 6.9207 - 1)).toBeLessThan(0.005);
  });

  it('stays finite and bounded where RK4 diverges: −100 µA/cm² pulses and −50 sustained', () => {
    const sustained = simulateHodgkinHuxley({ durationMs: 50, stimulus: { kind: 'step', startMs: 0, amplitudeMicroAmpsPerCm2: -50 } });
    const vEnd = sustained.vMilliVolts[sustained.vMilliVolts.length - 1]!;
    // V settles where the leak carries the whole current: E_L − 50/g_L, as K⁺ channels close.
    expect(vEnd).toBeCloseTo(HH_PARAMS.eLeakMilliVolts - 50 / HH_PARAMS.gLeak, 0);
    const pulses = simulateHodgkinHuxley({
      durationMs: 50,
      stimulus: { kind: 'pair', startMs: 5, durationMs: 1, intervalMs: 10, amplitudeMicroAmpsPerCm2: -100 },
    });
    expect(pulses.vMilliVolts.every(Number.isFinite)).toBe(true);
    expect(pulses.vMilliVolts[pulses.vMilliVolts.length - 1]).toBeCloseTo(-70, 0);
    expect(() => simulateHodgkinHuxley({ durationMs: 50, method: 'rk4', stimulus: () => -50 })).toThrow(RangeError);
  });

  it('stays finite, with gates in [0, 1] and V bounded, at the extremes of every slider', () => {
    const mM = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true });
    fc.assert(
      fc.property(
        fc.constantFrom(-100, -50, 0, 50, 200),
        fc.constantFrom('pulse', 'step', 'pair'),
        fc.constantFrom(0, 6.3, 25, 45),
        mM(10, 500),
        mM(1, 100),
        mM(0.5, 150),
        mM(50, 500),
        mM(10, 600),
        mM(1, 150),
        fc.constantFrom(0, 0.5, 1),
        fc.constantFrom(0, 0.5, 1),
        (amp, kind, celsius, nao, nai, ko, ki, clo, cli, ttx, tea) => {
          const c: IonConcentrations = {
            na: { outsideMilliMolar: nao, insideMilliMolar: nai },
            k: { outsideMilliMolar: ko, insideMilliMolar: ki },
            cl: { outsideMilliMolar: clo, insideMilliMolar: cli },
          };
          const reversals = hhReversalsFromIons(c, celsius);
          const t = simulateHodgkinHuxley({
            durationMs: 30,
            temperatureCelsius: celsius,
            reversals,
            block: { ttx, tea },
            stimulus: { kind, startMs: 2, durationMs: 2, intervalMs: 4, amplitudeMicroAmpsPerCm2: amp },
          });
          // V relaxes toward a weighted mean of the reversals, offset by at most |I|/g_L.
          const e = Object.values(reversals);
          const reach = Math.abs(amp) / HH_PARAMS.gLeak + 1;
          const inUnit = (x: Float64Array): boolean => x.every((g) => g >= 0 && g <= 1);
          expect(Math.min(...t.vMilliVolts)).toBeGreaterThanOrEqual(Math.min(...e) - reach);
          expect(Math.max(...t.vMilliVolts)).toBeLessThanOrEqual(Math.max(...e) + reach);
          expect(inUnit(t.m) && inUnit(t.h) && inUnit(t.n)).toBe(true);
        },
      ),
      { seed: 16, numRuns: 60 },
    );
  });
});

describe('Hodgkin–Huxley: temperature', () => {
  it('scales the rates by 3 per 10 °C from 6.3 °C', () => {
    expect(hhRateFactor(6.3)).toBe(1);
    expect(hhRateFactor(16.3)).toBeCloseTo(3, 12);
    expect(hhRateFactor(37)).toBeCloseTo(3 ** 3.07, 9);
    expect(() => hhRateFactor(NaN)).toThrow(RangeError);
  });

  it('is 6.3 °C unless given, and a warmer axon fires a briefer spike', () => {
    const at = (temperatureCelsius?: number) => simulateHodgkinHuxley({ durationMs: 20, stimulus: pulse(20), temperatureCelsius });
    expect(at(6.3).vMilliVolts).toEqual(at(undefined).vMilliVolts);
    const cold = at(6.3),
      warm = at(16.3);
    expect(spikeHalfWidthMs(warm.vMilliVolts, warm.tMs)!).toBeLessThan(0.6 * spikeHalfWidthMs(cold.vMilliVolts, cold.tMs)!);
    // Hodgkin & Huxley's model fails to fire when warm (heat block): none at 37 °C.
    expect(detectSpikes(at(37).vMilliVolts, at(37).tMs)).toEqual([]);
  });
});

describe('Hodgkin–Huxley: ions, block and stimuli', () => {
  it('takes its reversal potentials from the ion data: Nernst of Na⁺, K⁺, and Cl⁻ for the leak', () => {
    for (const celsius of [6.3, 37]) {
      const r = hhReversalsFromIons(DEFAULT_ION_CONCENTRATIONS, celsius);
      const nernst = (key: 'na' | 'k' | 'cl') => nernstMilliVolts(IONS[key].charge, IONS[key].outsideMilliMolar, IONS[key].insideMilliMolar, celsius);
      expect(r).toEqual({ eNaMilliVolts: nernst('na'), eKMilliVolts: nernst('k'), eLeakMilliVolts: nernst('cl') });
    }
    // At 6.3 °C the mammalian concentrations rest within 0.5 mV of the classic model's −70 mV.
    expect(hhRestingPotentialMilliVolts(hhReversalsFromIons(DEFAULT_ION_CONCENTRATIONS, 6.3))).toBeCloseTo(-70.38, 1);
    expect(hhRestingPotentialMilliVolts()).toBeCloseTo(-70, 2);
  });

  it('starts a membrane with new reversals at its own rest, and records currents that cancel there', () => {
    const reversals = hhReversalsFromIons(DEFAULT_ION_CONCENTRATIONS, 6.3);
    const t = simulateHodgkinHuxley({ durationMs: 20, reversals });
    const last = t.tMs.length - 1;
    expect(t.vMilliVolts[last]).toBeCloseTo(t.vMilliVolts[0]!, 6);
    expect(t.iNaMicroAmpsPerCm2[last]! + t.iKMicroAmpsPerCm2[last]! + t.iLeakMicroAmpsPerCm2[last]!).toBeCloseTo(0, 6);
    const spike = simulateHodgkinHuxley({ durationMs: 10, stimulus: pulse(20, 1) });
    expect(Math.min(...spike.iNaMicroAmpsPerCm2)).toBeLessThan(-100); // Na⁺ flows in
    expect(Math.max(...spike.iKMicroAmpsPerCm2)).toBeGreaterThan(100); // K⁺ flows out
    expect(spike.iStimMicroAmpsPerCm2[Math.round(1.5 / 0.025)]).toBe(20);
  });

  it('depolarises rest as outside K⁺ rises, and at high K⁺ spikes fail (depolarisation block)', () => {
    let previous = -Infinity;
    for (const ko of [2, 5, 10, 20, 50]) {
      const rest = hhRestingPotentialMilliVolts(hhReversalsFromIons(withOutsideK(ko), 6.3));
      expect(rest).toBeGreaterThan(previous);
      previous = rest;
    }
    const firesAt = (ko: number) => spikes({ durationMs: 30, stimulus: pulse(20), reversals: hhReversalsFromIons(withOutsideK(ko), 6.3) });
    expect(firesAt(5)).toBe(1);
    expect(firesAt(20)).toBe(0);
    expect(firesAt(50)).toBe(0);
    // The GHK rest moves the same way.
    expect(ghkVoltageMilliVolts(withOutsideK(20), undefined, 6.3)).toBeGreaterThan(ghkVoltageMilliVolts(withOutsideK(5), undefined, 6.3));
  });

  it('gives no spike with all Na⁺ channels blocked by TTX, however strong the pulse', () => {
    expect(spikes({ durationMs: 30, stimulus: pulse(50) })).toBe(1);
    expect(spikes({ durationMs: 30, stimulus: pulse(50), block: { ttx: 1 } })).toBe(0);
    // A much stronger pulse charges the passive membrane past 0 mV: detectSpikes counts the crossing,
    // hhSpikeTimesMs (regenerative crossings only) does not.
    const passive = simulateHodgkinHuxley({ durationMs: 30, stimulus: pulse(200), block: { ttx: 1 } });
    expect(detectSpikes(passive.vMilliVolts, passive.tMs)).toHaveLength(1);
    expect(hhSpikeTimesMs(passive)).toEqual([]);
    const real = simulateHodgkinHuxley({ durationMs: 30, stimulus: pulse(200) });
    expect(hhSpikeTimesMs(real)).toEqual(detectSpikes(real.vMilliVolts, real.tMs));
  });

  it('prolongs the spike when TEA blocks K⁺ channels', () => {
    const width = (tea: number) => {
      const t = simulateHodgkinHuxley({ durationMs: 30, stimulus: pulse(10), block: { tea } });
      expect(detectSpikes(t.vMilliVolts, t.tMs)).toHaveLength(1);
      return spikeHalfWidthMs(t.vMilliVolts, t.tMs)!;
    };
    expect(width(0)).toBeCloseTo(1.46, 1);
    expect(width(0.3)).toBeGreaterThan(1.05 * width(0));
  });

  it('fires once for a pair of pulses inside the refractory period and twice for a pair outside it', () => {
    const pair = (intervalMs: number) =>
      spikes({ durationMs: 50, stimulus: { kind: 'pair', startMs: 5, durationMs: 1, intervalMs, amplitudeMicroAmpsPerCm2: 10 } });
    expect(pair(3)).toBe(1);
    expect(pair(25)).toBe(2);
  });

  it('turns stimulus descriptions into currents', () => {
    const p = hhStimulus(pulse(5, 1, 2));
    expect([p(0.99), p(1), p(2.99), p(3)]).toEqual([0, 5, 5, 0]);
    const s = hhStimulus({ kind: 'step', startMs: 1, amplitudeMicroAmpsPerCm2: 3 });
    expect([s(0.5), s(1), s(1e6)]).toEqual([0, 3, 3]);
    const overlap = hhStimulus({ kind: 'pair', startMs: 0, durationMs: 2, intervalMs: 1, amplitudeMicroAmpsPerCm2: 4 });
    expect([overlap(0.5), overlap(1.5), overlap(2.5), overlap(3.5)]).toEqual([4, 4, 4, 0]);
    // A sustained step above rheobase fires repeatedly.
    expect(spikes({ durationMs: 100, stimulus: { kind: 'step', startMs: 0, amplitudeMicroAmpsPerCm2: 10 } })).toBeGreaterThan(4);
  });

  it('rejects arguments outside their domain with a RangeError', () => {
    const bad: HhOptions[] = [
      { durationMs: NaN },
      { durationMs: Infinity },
      { durationMs: -1 },
      { durationMs: 5, temperatureCelsius: NaN },
      { durationMs: 5, block: { ttx: 1.5 } },
      { durationMs: 5, block: { tea: NaN } },
      { durationMs: 5, reversals: { eNaMilliVolts: Infinity } },
      { durationMs: 5, initialVMilliVolts: NaN },
      { durationMs: 5, stimulus: () => NaN },
      { durationMs: 5, stimulus: pulse(Infinity) },
      { durationMs: 5, stimulus: pulse(10, 1, -1) },
      { durationMs: 5, stimulus: { kind: 'pair', startMs: 0, durationMs: 1, intervalMs: NaN, amplitudeMicroAmpsPerCm2: 1 } },
    ];
    for (const options of bad) expect(() => simulateHodgkinHuxley(options), JSON.stringify(options)).toThrow(RangeError);
  });

  it('measures a spike’s width at half amplitude', () => {
    expect(spikeHalfWidthMs([0, 10, 0], [0, 1, 2])).toBeCloseTo(1, 12);
    expect(spikeHalfWidthMs([0, 4, 8, 4, 0], [0, 1, 2, 3, 4])).toBeCloseTo(2, 12);
    expect(spikeHalfWidthMs([1, 1, 1], [0, 1, 2])).toBeNull();
    expect(spikeHalfWidthMs([0, 10, 10], [0, 1, 2])).toBeNull();
  });
});
