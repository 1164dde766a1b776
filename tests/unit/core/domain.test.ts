import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIF_PARAMS,
  checkLifParams,
  conductanceSummation,
  createLifPopulation,
  createLifState,
  linearSummation,
  lifRateHz,
  simulateLif,
  simulateSpikingNetwork,
  spontaneousRateHz,
  stepLif,
  stepLifPopulation,
} from '../../../src/core';

// Each case once returned NaN or an impossible rate; now each stops with a RangeError.
describe('public simulation functions reject NaN, ±∞ and out-of-domain values', () => {
  it('lifRateHz', () => {
    for (const bad of [Infinity, -Infinity, NaN]) expect(() => lifRateHz(DEFAULT_LIF_PARAMS, bad)).toThrow(RangeError);
    expect(() => lifRateHz({ ...DEFAULT_LIF_PARAMS, tauMs: 0 }, 3)).toThrow(RangeError);
    // Large finite currents stay below 1/t_ref.
    expect(lifRateHz(DEFAULT_LIF_PARAMS, 1e300)).toBeLessThanOrEqual(1000 / DEFAULT_LIF_PARAMS.refractoryMs);
  });

  it('simulateLif and stepLif', () => {
    for (const bad of [Infinity, -Infinity, NaN]) {
      expect(() => simulateLif(DEFAULT_LIF_PARAMS, bad, 10)).toThrow(RangeError);
      expect(() => simulateLif(DEFAULT_LIF_PARAMS, () => bad, 10)).toThrow(RangeError);
      expect(() => simulateLif(DEFAULT_LIF_PARAMS, 3, bad)).toThrow(RangeError);
      expect(() => simulateLif(DEFAULT_LIF_PARAMS, 3, 10, bad)).toThrow(RangeError);
      expect(() => stepLif(createLifState(), DEFAULT_LIF_PARAMS, bad, 0.1)).toThrow(RangeError);
    }
    expect(() => simulateLif(DEFAULT_LIF_PARAMS, 3, 10, 0)).toThrow(RangeError);
    expect(() => stepLif(createLifState(), DEFAULT_LIF_PARAMS, 3, -0.1)).toThrow(RangeError);
    expect(() => stepLifPopulation(createLifPopulation(2), DEFAULT_LIF_PARAMS, new Float64Array(2), NaN)).toThrow(RangeError);
  });

  it('checkLifParams', () => {
    expect(() => checkLifParams(DEFAULT_LIF_PARAMS)).not.toThrow();
    const bad = [
      { resistanceMegaOhms: -1 },
      { refractoryMs: NaN },
      { restMilliVolts: Infinity },
      { resetMilliVolts: -55 },
      { noiseMilliVolts: -1 },
      { adaptation: { incrementNanoAmps: 0.1, tauMs: 0 } },
      { adaptation: { incrementNanoAmps: NaN, tauMs: 100 } },
    ];
    for (const change of bad) expect(() => checkLifParams({ ...DEFAULT_LIF_PARAMS, ...change }), JSON.stringify(change)).toThrow(RangeError);
  });

  it('conductanceSummation and linearSummation', () => {
    expect(() => conductanceSummation([{ conductanceNanoSiemens: Infinity, reversalMilliVolts: 0 }])).toThrow(RangeError);
    expect(() => conductanceSummation([{ conductanceNanoSiemens: -1, reversalMilliVolts: 0 }])).toThrow(RangeError);
    expect(() => conductanceSummation([{ conductanceNanoSiemens: 1, reversalMilliVolts: NaN }])).toThrow(RangeError);
    expect(() => conductanceSummation([], { conductanceNanoSiemens: 0, reversalMilliVolts: -70 })).toThrow(RangeError);
    expect(() => linearSummation(-70, [1, NaN])).toThrow(RangeError);
    expect(() => linearSummation(Infinity, [])).toThrow(RangeError);
  });

  it('spontaneousRateHz', () => {
    expect(() => spontaneousRateHz(3, 1, 0)).toThrow(RangeError);
    expect(() => spontaneousRateHz(3, 1, Infinity)).toThrow(RangeError);
    expect(() => spontaneousRateHz(NaN, 1, 100)).toThrow(RangeError);
    expect(() => spontaneousRateHz(-1, 1, 100)).toThrow(RangeError);
    expect(() => spontaneousRateHz(3, NaN, 100)).toThrow(RangeError);
    expect(spontaneousRateHz(3, 1, 100)).toBeGreaterThanOrEqual(0);
  });

  it('simulateSpikingNetwork: a NaN weight no longer fires its target', () => {
    const network = (weightMilliVolts: number, delayMs = 1) => ({ size: 2, connections: [{ from: 0, to: 1, weightMilliVolts, delayMs }] });
    const forced = [{ timeMs: 0, neuron: 0 }];
    expect(simulateSpikingNetwork(network(1), forced, 10).spikes).toHaveLength(1);
    expect(() => simulateSpikingNetwork(network(NaN), forced, 10)).toThrow(RangeError);
    expect(() => simulateSpikingNetwork(network(Infinity), forced, 10)).toThrow(RangeError);
    expect(() => simulateSpikingNetwork(network(1, Infinity), forced, 10)).toThrow(RangeError);
    expect(() => simulateSpikingNetwork(network(1), [{ timeMs: 0, neuron: 0, weightMilliVolts: NaN }], 10)).toThrow(RangeError);
    expect(() => simulateSpikingNetwork(network(1), [{ timeMs: NaN, neuron: 0 }], 10)).toThrow(RangeError);
    expect(() => simulateSpikingNetwork(network(1), [{ timeMs: 0, neuron: 2 }], 10)).toThrow(RangeError);
    expect(() => simulateSpikingNetwork({ size: 2, connections: [{ from: 0, to: 5, weightMilliVolts: 1, delayMs: 1 }] }, forced, 10)).toThrow(RangeError);
    expect(() => simulateSpikingNetwork(network(1), forced, NaN)).toThrow(RangeError);
  });
});

describe('what a stepper cannot represent', () => {
  it('stepLif: at most one spike per step, so rates above 1/dt are out of reach', () => {
    const params = { ...DEFAULT_LIF_PARAMS, refractoryMs: 0 };
    const analytic = lifRateHz(params, 100); // ≈ 3.3 kHz
    const coarse = simulateLif(params, 100, 1000, 2).spikeTimesMs.length; // dt 2 ms: ≤ 500 Hz
    const fine = simulateLif(params, 100, 1000, 0.05).spikeTimesMs.length;
    expect(coarse).toBeLessThanOrEqual(500);
    expect(analytic).toBeGreaterThan(3000);
    expect(Math.abs(fine - analytic) / analytic).toBeLessThan(0.01);
  });
});
