import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FULL_STRENGTH_CONDUCTANCE_NANOSIEMENS,
  conductanceSummation,
  linearSummation,
  pspMilliVolts,
  somaPotential,
  synapticConductanceNanoSiemens,
  type ConductanceInput,
  type SynapseInput,
} from '../../../src/core';

const voltage = fc.double({ min: -100, max: 150, noNaN: true });
const conductance = fc.double({ min: 0, max: 50, noNaN: true });
const input = fc.record({ conductanceNanoSiemens: conductance, reversalMilliVolts: voltage });
const synapse = fc.record({
  type: fc.constantFrom('glu' as const, 'ach' as const, 'gaba' as const, 'gly' as const),
  strength: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe('linear summation', () => {
  it('obeys superposition: the sum of two sets is the sum of their effects', () => {
    const psps = fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { maxLength: 8 });
    fc.assert(
      fc.property(psps, psps, (a, b) => {
        const rest = -70;
        const together = linearSummation(rest, [...a, ...b]) - rest;
        const apart = linearSummation(rest, a) - rest + (linearSummation(rest, b) - rest);
        expect(together).toBeCloseTo(apart, 9);
      }),
    );
  });

  it('gives +6 mV per full glutamate synapse and −4 mV per full GABA synapse', () => {
    expect(somaPotential([{ type: 'glu', strength: 1 }], 'linear').vmMilliVolts).toBe(-64);
    expect(somaPotential([{ type: 'gaba', strength: 1 }], 'linear').vmMilliVolts).toBe(-74);
  });
});

describe('conductance summation', () => {
  it('stays between the lowest and highest reversal potential involved', () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 8 }), (inputs: ConductanceInput[]) => {
        const v = conductanceSummation(inputs);
        const reversals = [-70, ...inputs.map((i) => i.reversalMilliVolts)];
        expect(v).toBeGreaterThanOrEqual(Math.min(...reversals) - 1e-9);
        expect(v).toBeLessThanOrEqual(Math.max(...reversals) + 1e-9);
      }),
    );
  });

  it('is monotone in each excitatory conductance', () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 6 }), conductance, conductance, (others, g1, g2) => {
        const [lo, hi] = g1 <= g2 ? [g1, g2] : [g2, g1];
        const withG = (g: number): number => conductanceSummation([...others, { conductanceNanoSiemens: g, reversalMilliVolts: 0 }]);
        const vLo = withG(lo);
        const vHi = withG(hi);
        // Moving toward E = 0 mV: up when below it, never past it.
        if (vLo <= 0) expect(vHi).toBeGreaterThanOrEqual(vLo - 1e-9);
      }),
    );
  });

  it('saturates: doubling excitation gives less than twice the depolarisation', () => {
    const one = conductanceSummation([{ conductanceNanoSiemens: 5, reversalMilliVolts: 0 }]) + 70;
    const two = conductanceSummation([{ conductanceNanoSiemens: 10, reversalMilliVolts: 0 }]) + 70;
    expect(two).toBeGreaterThan(one);
    expect(two).toBeLessThan(2 * one);
  });

  it('shows shunting: inhibition reversing at rest leaves rest alone but shrinks an EPSP', () => {
    const gaba = { conductanceNanoSiemens: 10, reversalMilliVolts: -70 };
    const glu = { conductanceNanoSiemens: 1, reversalMilliVolts: 0 };
    expect(conductanceSummation([gaba])).toBe(-70);
    const epsp = conductanceSummation([glu]) + 70;
    const shunted = conductanceSummation([glu, gaba]) + 70;
    expect(shunted).toBeGreaterThan(0);
    expect(shunted).toBeLessThan(0.6 * epsp);
  });
});

describe('somaPotential', () => {
  const full = (type: SynapseInput['type']): SynapseInput => ({ type, strength: 1 });

  it('reaches threshold with three strong excitatory synapses but not two (linear)', () => {
    expect(somaPotential([full('glu'), full('glu')], 'linear').fires).toBe(false);
    const three = somaPotential([full('glu'), full('glu'), full('ach')], 'linear');
    expect(three.vmMilliVolts).toBe(-52);
    expect(three.fires).toBe(true);
    expect(three).toMatchObject({ restMilliVolts: -70, thresholdMilliVolts: -55, saturated: false, shunting: false });
  });

  it('fires only at or above threshold, however close', () => {
    const justBelow = somaPotential([full('glu'), full('glu'), { type: 'glu', strength: 0.4999 }], 'linear');
    expect(justBelow.vmMilliVolts).toBeLessThan(-55);
    expect(justBelow.fires).toBe(false);
    expect(somaPotential([full('glu'), full('glu'), { type: 'glu', strength: 0.5 }], 'linear').fires).toBe(true);
  });

  it('gives one full glutamate synapse the same +6 mV in both models', () => {
    expect(pspMilliVolts('glu', 1, 'conductance')).toBeCloseTo(6, 9);
    expect(FULL_STRENGTH_CONDUCTANCE_NANOSIEMENS.glu).toBeGreaterThan(0.1);
    expect(FULL_STRENGTH_CONDUCTANCE_NANOSIEMENS.glu).toBeLessThan(1);
  });

  it('sums sublinearly and flags saturation in the conductance model', () => {
    const r = somaPotential([full('glu'), full('glu'), full('glu')], 'conductance');
    expect(r.vmMilliVolts).toBeGreaterThan(-55);
    expect(r.vmMilliVolts).toBeLessThan(-52);
    expect(r.saturated).toBe(true);
    expect(r.contributions.map((c) => c.pspMilliVolts)).toEqual([6, 6, 6].map((x) => expect.closeTo(x, 9)));
    expect(somaPotential([full('glu')], 'conductance').saturated).toBe(false);
  });

  it('flags GABA at rest as shunting in the conductance model', () => {
    const r = somaPotential([full('glu'), full('glu'), full('glu'), full('gaba')], 'conductance');
    expect(r.contributions[3]).toMatchObject({ type: 'gaba', conductanceNanoSiemens: 10 });
    expect(r.contributions[3]!.pspMilliVolts).toBeCloseTo(0, 9);
    expect(r.shunting).toBe(true);
    expect(r.fires).toBe(false);
    expect(somaPotential([full('gaba')], 'conductance').shunting).toBe(false);
    expect(somaPotential([full('glu'), full('gaba')], 'linear').shunting).toBe(false);
  });

  it('keeps the conductance model between E_Cl and E_AMPA for any synapses', () => {
    fc.assert(
      fc.property(fc.array(synapse, { maxLength: 8 }), (synapses) => {
        const r = somaPotential(synapses, 'conductance');
        expect(r.vmMilliVolts).toBeGreaterThanOrEqual(-70 - 1e-9);
        expect(r.vmMilliVolts).toBeLessThanOrEqual(0);
        expect(r.fires).toBe(r.vmMilliVolts >= -55);
      }),
    );
  });

  it('clamps strengths outside [0, 1] and treats NaN as 0', () => {
    expect(synapticConductanceNanoSiemens('glu', 2)).toBe(FULL_STRENGTH_CONDUCTANCE_NANOSIEMENS.glu);
    expect(synapticConductanceNanoSiemens('glu', -1)).toBe(0);
    expect(pspMilliVolts('gly', Number.NaN, 'linear')).toBe(0);
  });
});
