import { describe, expect, it } from 'vitest';
import { defaults, parseParams } from '../../../src/params/schema';
import { hhSpikeTimesMs, simulateHodgkinHuxley } from '../../../src/core';
import { actionPotentialModel, RUN_MS, START_MS } from '../../../src/diagrams/action-potential/model';
import { actionPotentialSchema, type ActionPotentialParams } from '../../../src/diagrams/action-potential/schema';

const params = (patch: Partial<ActionPotentialParams>): ActionPotentialParams => ({ ...defaults(actionPotentialSchema), ...patch });

describe('action-potential model', () => {
  it('is the core’s run: the same spikes as simulateHodgkinHuxley with the same pulse', () => {
    const m = actionPotentialModel(params({ stim: 'pulse', amp: 10, dur: 1 }));
    const core = simulateHodgkinHuxley({
      durationMs: RUN_MS,
      stimulus: { kind: 'pulse', startMs: START_MS, durationMs: 1, amplitudeMicroAmpsPerCm2: 10 },
      recordEvery: 2,
    });
    expect(m.spikes).toEqual(hhSpikeTimesMs(core, 0));
    expect(m.spikes).toHaveLength(1);
  });

  it('finds the 1 ms threshold between 6.8 and 7.0 µA/cm² (the core’s 6.92)', () => {
    expect(actionPotentialModel(params({ amp: 6.8, dur: 1 })).spikes).toHaveLength(0);
    expect(actionPotentialModel(params({ amp: 7.0, dur: 1 })).spikes).toHaveLength(1);
  });

  it('overshoots 0 mV and hyperpolarises below rest after a spike, and says so', () => {
    const m = actionPotentialModel(params({ amp: 10 }));
    expect(m.peakMilliVolts).toBeGreaterThan(20);
    expect(m.ahpMilliVolts!).toBeLessThan(m.restMilliVolts - 2);
    expect(m.explanation).toMatch(/overshot 0 mV/);
    expect(m.explanation).toMatch(/after-hyperpolarisation/);
  });

  it('fails on the second of two pulses inside the refractory period, and fires on both when they are far apart', () => {
    const close = actionPotentialModel(params({ stim: 'pair', amp: 10, dur: 1, gap: 6 }));
    expect(close.pairSpikes).toEqual([1, 0]);
    expect(close.explanation).toMatch(/refractory period/);
    expect(close.atSecond!.h).toBeLessThan(close.trace.h[0]!);
    const far = actionPotentialModel(params({ stim: 'pair', amp: 10, dur: 1, gap: 25 }));
    expect(far.pairSpikes).toEqual([1, 1]);
  });

  it('fires a train under a sustained step, and nothing with no current', () => {
    expect(actionPotentialModel(params({ stim: 'step', amp: 10 })).spikes.length).toBeGreaterThan(2);
    const none = actionPotentialModel(params({ amp: 0 }));
    expect(none.spikes).toHaveLength(0);
    expect(none.ahpMilliVolts).toBeNull();
  });

  it('clamps hostile params to the schema and still runs', () => {
    const { params: p, notices } = parseParams(actionPotentialSchema, '?amp=1e9&dur=-4&gap=NaN&stim=<b>');
    expect(p).toMatchObject({ amp: 40, dur: 0.1, gap: 12, stim: 'pulse' });
    expect(notices.length).toBe(4);
    expect(actionPotentialModel(p).trace.vMilliVolts.every(Number.isFinite)).toBe(true);
  });
});
