import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_ION_CONCENTRATIONS, IONS, RESTING_PERMEABILITIES, ghkVoltageMilliVolts, nernstMilliVolts, type IonConcentrations } from '../../../src/core';

// Independent of the core: R, F and the GHK formula written out from scratch.
const R = 8.314462618;
const F = 96485.33212;
const ghkByHand = (c: IonConcentrations, p: { k: number; na: number; cl: number }, celsius: number): number =>
  ((1000 * R * (celsius + 273.15)) / F) *
  Math.log(
    (p.k * c.k.outsideMilliMolar + p.na * c.na.outsideMilliMolar + p.cl * c.cl.insideMilliMolar) /
      (p.k * c.k.insideMilliMolar + p.na * c.na.insideMilliMolar + p.cl * c.cl.outsideMilliMolar),
  );

const concentrations = (nao: number, nai: number, ko: number, ki: number, clo: number, cli: number): IonConcentrations => ({
  na: { outsideMilliMolar: nao, insideMilliMolar: nai },
  k: { outsideMilliMolar: ko, insideMilliMolar: ki },
  cl: { outsideMilliMolar: clo, insideMilliMolar: cli },
});

describe('ion data', () => {
  it('stores concentrations whose Nernst potential lies in each ion’s documented range, next to the model value', () => {
    for (const ion of Object.values(IONS)) {
      const e = nernstMilliVolts(ion.charge, ion.outsideMilliMolar, ion.insideMilliMolar);
      const [lo, hi] = ion.reversalRangeMilliVolts;
      expect(e, ion.key).toBeGreaterThanOrEqual(lo);
      expect(e, ion.key).toBeLessThanOrEqual(hi);
      expect(Math.abs(e - ion.reversalMilliVolts), ion.key).toBeLessThan(1);
    }
  });

  it('gives E_Na +60.6, E_K −89.1, E_Cl −70.1 and E_Ca +125.5 mV at 37 °C', () => {
    const e = (key: keyof typeof IONS): number => nernstMilliVolts(IONS[key].charge, IONS[key].outsideMilliMolar, IONS[key].insideMilliMolar);
    expect(e('na')).toBeCloseTo(60.63, 2);
    expect(e('k')).toBeCloseTo(-89.06, 2);
    expect(e('cl')).toBeCloseTo(-70.05, 2);
    expect(e('ca')).toBeCloseTo(125.52, 2);
    expect(DEFAULT_ION_CONCENTRATIONS.na.insideMilliMolar).toBe(IONS.na.insideMilliMolar);
  });

  it('rejects concentrations, charges and temperatures outside the Nernst equation’s domain', () => {
    for (const bad of [0, -1, NaN, Infinity]) {
      expect(() => nernstMilliVolts(1, bad, 10)).toThrow(RangeError);
      expect(() => nernstMilliVolts(1, 10, bad)).toThrow(RangeError);
    }
    expect(() => nernstMilliVolts(0, 10, 1)).toThrow(RangeError);
    expect(() => nernstMilliVolts(NaN, 10, 1)).toThrow(RangeError);
    expect(() => nernstMilliVolts(1, 10, 1, -273.15)).toThrow(RangeError);
    expect(() => nernstMilliVolts(1, 10, 1, Infinity)).toThrow(RangeError);
  });
});

describe('Goldman–Hodgkin–Katz voltage equation', () => {
  it('uses the resting ratios pK : pNa : pCl = 1 : 0.04 : 0.45', () => {
    expect(RESTING_PERMEABILITIES).toEqual({ k: 1, na: 0.04, cl: 0.45 });
  });

  it('matches hand-computed values', () => {
    // Defaults at 37 °C: RT/F = 26.7268 mV; (5 + 0.04·145 + 0.45·8) / (140 + 0.04·15 + 0.45·110) = 14.4 / 190.1.
    expect(ghkVoltageMilliVolts()).toBeCloseTo(26.72681 * Math.log(14.4 / 190.1), 3);
    expect(ghkVoltageMilliVolts()).toBeCloseTo(-68.963, 2);
    // Textbook squid-axon concentrations (K⁺ 20 out / 400 in, Na⁺ 440 / 50, Cl⁻ 560 / 52 mM) at 6.3 °C, RT/F = 24.0814 mV.
    const squid = concentrations(440, 50, 20, 400, 560, 52);
    expect(ghkVoltageMilliVolts(squid, RESTING_PERMEABILITIES, 6.3)).toBeCloseTo(24.0814 * Math.log((20 + 17.6 + 23.4) / (400 + 2 + 252)), 2);
  });

  it('reduces to one ion’s Nernst potential when only that ion is permeant', () => {
    const c = DEFAULT_ION_CONCENTRATIONS;
    const nernst = (key: 'na' | 'k' | 'cl', z: number): number => nernstMilliVolts(z, c[key].outsideMilliMolar, c[key].insideMilliMolar, 20);
    expect(ghkVoltageMilliVolts(c, { k: 1, na: 0, cl: 0 }, 20)).toBeCloseTo(nernst('k', 1), 10);
    expect(ghkVoltageMilliVolts(c, { k: 0, na: 1, cl: 0 }, 20)).toBeCloseTo(nernst('na', 1), 10);
    expect(ghkVoltageMilliVolts(c, { k: 0, na: 0, cl: 1 }, 20)).toBeCloseTo(nernst('cl', -1), 10);
    // pNa → 0 approaches E_K; a membrane dominated by pNa approaches E_Na.
    expect(ghkVoltageMilliVolts(c, { k: 1, na: 1e-9, cl: 0 })).toBeCloseTo(nernstMilliVolts(1, 5, 140), 5);
    expect(ghkVoltageMilliVolts(c, { k: 1, na: 1e9, cl: 0 })).toBeCloseTo(nernstMilliVolts(1, 145, 15), 5);
  });

  it('depolarises as outside K⁺ rises, and lies between the lowest and highest Nernst potential', () => {
    let previous = -Infinity;
    for (const ko of [1, 2, 5, 10, 20, 50, 100]) {
      const c = concentrations(145, 15, ko, 140, 110, 8);
      const v = ghkVoltageMilliVolts(c);
      const e = [nernstMilliVolts(1, ko, 140), nernstMilliVolts(1, 145, 15), nernstMilliVolts(-1, 110, 8)];
      expect(v).toBeGreaterThan(previous);
      expect(v).toBeGreaterThan(Math.min(...e));
      expect(v).toBeLessThan(Math.max(...e));
      previous = v;
    }
  });

  it('agrees with an independent computation at random concentrations, ratios and temperatures', () => {
    const mM = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true });
    fc.assert(
      fc.property(
        mM(1, 500),
        mM(1, 100),
        mM(0.5, 200),
        mM(50, 500),
        mM(5, 600),
        mM(1, 150),
        mM(0, 2),
        mM(0, 2),
        mM(0.01, 2),
        fc.double({ min: 0, max: 45, noNaN: true }),
        (nao, nai, ko, ki, clo, cli, pNa, pCl, pK, celsius) => {
          const c = concentrations(nao, nai, ko, ki, clo, cli);
          const p = { k: pK, na: pNa, cl: pCl };
          expect(ghkVoltageMilliVolts(c, p, celsius)).toBeCloseTo(ghkByHand(c, p, celsius), 9);
        },
      ),
      { seed: 16, numRuns: 300 },
    );
  });

  it('rejects impossible concentrations and permeabilities', () => {
    const c = DEFAULT_ION_CONCENTRATIONS;
    expect(() => ghkVoltageMilliVolts({ ...c, k: { outsideMilliMolar: 0, insideMilliMolar: 140 } })).toThrow(RangeError);
    expect(() => ghkVoltageMilliVolts({ ...c, cl: { outsideMilliMolar: 110, insideMilliMolar: NaN } })).toThrow(RangeError);
    expect(() => ghkVoltageMilliVolts(c, { k: -1, na: 0.04, cl: 0.45 })).toThrow(RangeError);
    expect(() => ghkVoltageMilliVolts(c, { k: 0, na: 0, cl: 0 })).toThrow(RangeError);
    expect(() => ghkVoltageMilliVolts(c, RESTING_PERMEABILITIES, NaN)).toThrow(RangeError);
  });
});
