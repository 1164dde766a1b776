import { describe, expect, it } from 'vitest';
import { IONS, TRANSMITTERS, TRANSMITTER_KEYS, isTransmitterKey, nernstMilliVolts } from '../../../src/core';

describe('ions and transmitters', () => {
  it('keeps ions and transmitters apart', () => {
    for (const ion of Object.values(IONS)) expect(ion.kind).toBe('ion');
    for (const t of Object.values(TRANSMITTERS)) expect(t.kind).toBe('transmitter');
    expect(Object.keys(TRANSMITTERS)).toEqual(['glu', 'ach', 'gaba', 'gly']);
    expect(TRANSMITTER_KEYS).toEqual(Object.keys(TRANSMITTERS));
  });

  it('puts each model reversal potential inside its textbook range', () => {
    for (const ion of Object.values(IONS)) {
      const [lo, hi] = ion.reversalRangeMilliVolts;
      expect(ion.reversalMilliVolts).toBeGreaterThanOrEqual(lo);
      expect(ion.reversalMilliVolts).toBeLessThanOrEqual(hi);
    }
  });

  it('derives the brief’s Nernst potentials from the concentrations at 37 °C', () => {
    expect(nernstMilliVolts(1, 5, 140)).toBeCloseTo(-89, 0);
    expect(nernstMilliVolts(2, 2, 0.0001)).toBeCloseTo(132, 0);
    expect(nernstMilliVolts(-1, 110, 7)).toBeCloseTo(-73.6, 1);
    // [Na]ᵢ changed on purpose from 12 to 15 mM so that the table's Nernst potential matches its +60 mV.
    expect(nernstMilliVolts(1, 145, 15)).toBeCloseTo(60.6, 1);
  });

  it('stores concentrations whose Nernst potential lies inside each ion’s range', () => {
    for (const ion of Object.values(IONS)) {
      const [lo, hi] = ion.reversalRangeMilliVolts;
      const e = nernstMilliVolts(ion.charge, ion.outsideMilliMolar, ion.insideMilliMolar);
      expect(e, ion.key).toBeGreaterThanOrEqual(lo);
      expect(e, ion.key).toBeLessThanOrEqual(hi);
    }
  });

  it('makes a synapse excitatory exactly when its reversal lies above threshold', () => {
    for (const t of Object.values(TRANSMITTERS)) {
      expect(t.sign === 'excitatory').toBe(t.reversalMilliVolts > -55);
      for (const ion of t.ions) expect(IONS[ion].kind).toBe('ion');
    }
    expect(TRANSMITTERS.gaba.ions).toEqual(['cl']);
  });

  it('recognises transmitter keys', () => {
    expect(isTransmitterKey('gaba')).toBe(true);
    expect(isTransmitterKey('na')).toBe(false);
  });
});
