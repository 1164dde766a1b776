import { describe, expect, it } from 'vitest';
import {
  ADAPTING_LIF_PARAMS,
  DEFAULT_LIF_PARAMS,
  adaptedTestRateHz,
  lifRateHz,
  lifRheobaseNanoAmps,
  neuromodulatedLifParams,
  runStimulusBlocks,
  spontaneousRateHz,
} from '../../../src/core';

describe('neuromodulation', () => {
  it('raises the rate for a fixed input and lowers the rheobase', () => {
    const levels = [0, 0.25, 0.5, 0.75, 1];
    const rates = levels.map((l) => lifRateHz(neuromodulatedLifParams(l), 2));
    for (let i = 1; i < rates.length; i++) expect(rates[i]).toBeGreaterThan(rates[i - 1]!);
    expect(lifRheobaseNanoAmps(neuromodulatedLifParams(1))).toBeLessThan(lifRheobaseNanoAmps(DEFAULT_LIF_PARAMS));
  });

  it('steepens the f–I curve (higher gain)', () => {
    const slope = (level: number): number => {
      const p = neuromodulatedLifParams(level);
      return lifRateHz(p, 6) - lifRateHz(p, 5);
    };
    expect(slope(1)).toBeGreaterThan(slope(0));
  });

  it('leaves the parameters alone at level 0 and clamps levels outside [0, 1]', () => {
    expect(neuromodulatedLifParams(0)).toEqual(DEFAULT_LIF_PARAMS);
    expect(neuromodulatedLifParams(5)).toEqual(neuromodulatedLifParams(1));
    expect(neuromodulatedLifParams(Number.NaN)).toEqual(DEFAULT_LIF_PARAMS);
  });
});

describe('adaptation', () => {
  it('answers the same test stimulus less after a strong conditioning stimulus', () => {
    const afterWeak = adaptedTestRateHz({ conditioningNanoAmps: 0, testNanoAmps: 2.5 });
    const afterStrong = adaptedTestRateHz({ conditioningNanoAmps: 5, testNanoAmps: 2.5 });
    expect(afterWeak).toBeGreaterThan(0);
    expect(afterStrong).toBeLessThan(0.5 * afterWeak);
  });

  it('recovers after a long pause', () => {
    const fresh = adaptedTestRateHz({ conditioningNanoAmps: 0, testNanoAmps: 2.5 });
    const recovered = adaptedTestRateHz({ conditioningNanoAmps: 5, gapMs: 2000, testNanoAmps: 2.5 });
    expect(recovered).toBeCloseTo(fresh, 0);
  });

  it('does not adapt without an adaptation current: a feed-forward-like answer', () => {
    const blocks = [
      { currentNanoAmps: 5, durationMs: 300 },
      { currentNanoAmps: 2.5, durationMs: 100 },
    ];
    const plain = runStimulusBlocks(DEFAULT_LIF_PARAMS, blocks);
    const fresh = runStimulusBlocks(DEFAULT_LIF_PARAMS, [blocks[1]!]);
    expect(Math.abs(plain[1]!.spikeCount - fresh[0]!.spikeCount)).toBeLessThanOrEqual(1);
    expect(runStimulusBlocks(ADAPTING_LIF_PARAMS, blocks)[0]!.rateHz).toBeGreaterThan(0);
    expect(runStimulusBlocks(DEFAULT_LIF_PARAMS, [{ currentNanoAmps: 5, durationMs: 0 }])[0]!.rateHz).toBe(0);
  });
});

describe('spontaneous firing', () => {
  it('is zero without noise and above zero with enough noise alone', () => {
    expect(spontaneousRateHz(0, 1, 2000)).toBe(0);
    expect(spontaneousRateHz(6, 1, 5000)).toBeGreaterThan(0.5);
  });

  it('grows with the noise', () => {
    expect(spontaneousRateHz(8, 3, 5000)).toBeGreaterThan(spontaneousRateHz(5, 3, 5000));
  });

  it('is reproducible for a seed and varies across seeds', () => {
    expect(spontaneousRateHz(7, 5, 3000)).toBe(spontaneousRateHz(7, 5, 3000));
    const rates = new Set([1, 2, 3, 4, 5].map((seed) => spontaneousRateHz(7, seed, 3000)));
    expect(rates.size).toBeGreaterThan(1);
  });
});
