import { describe, expect, it } from 'vitest';
import { defaults, parseParams } from '../../../src/params/schema';
import { createRng, hhSpikeTimesMs, simulateHodgkinHuxley } from '../../../src/core';
import {
  actionPotentialModel,
  eclReadout,
  ekReadout,
  enaReadout,
  firesReadout,
  membraneOf,
  RUN_MS,
  START_MS,
  vrestReadout,
} from '../../../src/diagrams/action-potential/model';
import { actionPotentialSchema, type ActionPotentialParams } from '../../../src/diagrams/action-potential/schema';
import { parseReadout } from '../../../src/chart/format';

const params = (patch: Partial<ActionPotentialParams>): ActionPotentialParams => ({ ...defaults(actionPotentialSchema), ...patch });

// The equations written out here, apart from the core, so a slip in either shows.
const RT_F = (celsius: number) => (8.314462618 * (celsius + 273.15) * 1000) / 96485.33212;
const nernst = (z: number, out: number, inside: number, celsius: number) => (RT_F(celsius) / z) * Math.log(out / inside);
const ghk = (p: ActionPotentialParams) => RT_F(p.temp) * Math.log((1 * p.ko + 0.04 * p.nao + 0.45 * p.cli) / (1 * p.ki + 0.04 * p.nai + 0.45 * p.clo));

describe('action-potential model', () => {
  it('is the core’s run: the same spikes as simulateHodgkinHuxley with the same pulse and membrane', () => {
    const p = params({ stim: 'pulse', amp: 10, dur: 1 });
    const m = actionPotentialModel(p);
    const core = simulateHodgkinHuxley({ ...membraneOf(p), stimulus: { kind: 'pulse', startMs: START_MS, durationMs: 1, amplitudeMicroAmpsPerCm2: 10 } });
    expect(m.spikes).toEqual(hhSpikeTimesMs(core, 0));
    expect(m.spikes).toHaveLength(1);
    expect(m.trace.tMs[m.trace.tMs.length - 1]).toBeCloseTo(RUN_MS, 6);
  });

  it('finds the 1 ms threshold between 6.2 and 6.4 µA/cm² with the default ions, higher when warm', () => {
    expect(actionPotentialModel(params({ amp: 6.2, dur: 1 })).spikes).toHaveLength(0);
    expect(actionPotentialModel(params({ amp: 6.4, dur: 1 })).spikes).toHaveLength(1);
    expect(actionPotentialModel(params({ amp: 10, temp: 20 })).spikes).toHaveLength(0);
    expect(actionPotentialModel(params({ amp: 30, temp: 20 })).spikes).toHaveLength(1);
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

  it('reads out each ion’s Nernst potential and the GHK rest, at random concentrations and temperatures', () => {
    const rng = createRng(16);
    const between = (field: keyof ActionPotentialParams) => {
      const f = actionPotentialSchema.fields[field] as { min: number; max: number };
      return f.min + rng.next() * (f.max - f.min);
    };
    for (let i = 0; i < 25; i++) {
      const p = params({
        nao: between('nao'),
        nai: between('nai'),
        ko: between('ko'),
        ki: between('ki'),
        clo: between('clo'),
        cli: between('cli'),
        temp: between('temp'),
      });
      const m = actionPotentialModel(p);
      expect(parseReadout(enaReadout(m))).toBeCloseTo(nernst(1, p.nao, p.nai, p.temp), 1);
      expect(parseReadout(ekReadout(m))).toBeCloseTo(nernst(1, p.ko, p.ki, p.temp), 1);
      expect(parseReadout(eclReadout(m))).toBeCloseTo(nernst(-1, p.clo, p.cli, p.temp), 1);
      expect(parseReadout(vrestReadout(m).value)).toBeCloseTo(ghk(p), 1);
      expect(m.trace.vMilliVolts.every(Number.isFinite)).toBe(true);
    }
  });

  it('TTX = 1 abolishes the spike even at the strongest pulse; TEA widens it', () => {
    const blocked = actionPotentialModel(params({ ttx: 1, amp: 40, dur: 5 }));
    expect(firesReadout(blocked)).toBe('no');
    expect(blocked.explanation).toMatch(/every Na⁺ channel blocked/);
    const plain = actionPotentialModel(params({}));
    const tea = actionPotentialModel(params({ tea: 0.5 }));
    expect(firesReadout(plain)).toBe('yes');
    expect(tea.halfWidthMs!).toBeGreaterThan(plain.halfWidthMs! * 1.1);
    expect(tea.explanation).toMatch(/repolarise it more slowly/);
  });

  it('raising outside K⁺ depolarises rest: first the membrane is hyperexcitable, then spikes fail (depolarisation block)', () => {
    const rest = (ko: number) => actionPotentialModel(params({ ko, amp: 0 })).restMilliVolts;
    expect(rest(10)).toBeGreaterThan(rest(5) + 10);
    // Near threshold at rest: a twentieth of the usual threshold current fires it.
    expect(actionPotentialModel(params({ amp: 0.3 })).spikes).toHaveLength(0);
    expect(actionPotentialModel(params({ ko: 10, amp: 0.3 })).spikes.length).toBeGreaterThan(0);
    const block = actionPotentialModel(params({ ko: 20, amp: 40, dur: 5 }));
    expect(block.spikes).toHaveLength(0);
    expect(block.explanation).toMatch(/depolarisation block/);
  });

  it('clamps hostile params to the schema and still runs', () => {
    const { params: p, notices } = parseParams(actionPotentialSchema, '?amp=1e308&dur=-4&gap=NaN&stim=<b>&nao=0&ki=-5&temp=1e9&ttx=2&cli=abc');
    expect(p).toMatchObject({ amp: 40, dur: 0.1, gap: 12, stim: 'pulse', nao: 10, ki: 20, temp: 45, ttx: 1, cli: 8 });
    expect(notices.length).toBe(9);
    const m = actionPotentialModel(p);
    expect(m.trace.vMilliVolts.every(Number.isFinite)).toBe(true);
    expect(m.explanation).not.toMatch(/NaN|undefined|Infinity/);
  });
});

describe('the numbers section 5 quotes (content/05-ions-and-membrane.mdx)', () => {
  const run = (patch: Partial<ActionPotentialParams>) => actionPotentialModel(params(patch));
  const threshold = (patch: Partial<ActionPotentialParams>) => {
    let lo = 0;
    let hi = 40;
    for (let i = 0; i < 20; i++) {
      const mid = (lo + hi) / 2;
      if (run({ ...patch, amp: mid }).spikes.length) hi = mid;
      else lo = mid;
    }
    return hi;
  };

  it('threshold, peak and undershoot', () => {
    expect(run({ amp: 5 }).spikes).toHaveLength(0);
    expect(threshold({})).toBeCloseTo(6.3, 1);
    const m = run({});
    expect(m.peakMilliVolts).toBeCloseTo(44, 0);
    expect(m.ahpMilliVolts!).toBeCloseTo(-80, 0);
    expect(run({ amp: 40 }).spikes).toHaveLength(1);
  });

  it('refractoriness: the second of two pulses fails at 6 ms (h 0.61 → 0.20) and returns by 16 ms (between 14 and 16)', () => {
    const close = run({ stim: 'pair', gap: 6 });
    expect(close.pairSpikes).toEqual([1, 0]);
    expect(close.trace.h[0]!).toBeCloseTo(0.61, 2);
    expect(close.atSecond!.h).toBeCloseTo(0.2, 2);
    expect(run({ stim: 'pair', gap: 14 }).pairSpikes).toEqual([1, 0]);
    expect(run({ stim: 'pair', gap: 16 }).pairSpikes).toEqual([1, 1]);
  });

  it('potassium outside: at 20 mM the rest is near −39 mV and no current fires it', () => {
    const m = run({ ko: 20 });
    expect(m.restMilliVolts).toBeCloseTo(-39, 0);
    expect(run({ ko: 20, amp: 40, dur: 5 }).spikes).toHaveLength(0);
    expect(threshold({ ko: 10 })).toBeLessThan(1);
  });

  it('toxins and temperature: TEA at 50 % widens the spike from 1.43 to 1.65 ms; at 16.3 °C it is about 0.5 ms and the threshold higher', () => {
    expect(run({}).halfWidthMs!).toBeCloseTo(1.43, 2);
    expect(run({ tea: 0.5 }).halfWidthMs!).toBeCloseTo(1.65, 2);
    expect(run({ temp: 16.3 }).halfWidthMs!).toBeCloseTo(0.5, 1);
    expect(threshold({ temp: 16.3 })).toBeGreaterThan(threshold({}) + 1);
  });
});
