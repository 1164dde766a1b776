import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { ACTIVATION_IDS, DEFAULT_LIF_PARAMS, layerForward, lifRateHz, neuromodulatedLifParams } from '../../../src/core';
import { defaults, parseParams } from '../../../src/params/schema';
import { DiagramRoot } from '../../../src/diagrams/DiagramRoot';
import {
  ARTIFICIAL_BIAS,
  artificialOutput,
  baseRateReadout,
  curves,
  explainArtificial,
  explainNeuron,
  neuromodulationFor,
  neuromodulationModel,
  rateReadout,
  sampleCurrents,
  yReadout,
} from '../../../src/diagrams/neuromodulation/model';
import { activationLayout, fiPath, rateY, RATE_MAX } from '../../../src/diagrams/neuromodulation/layout';
import { neuromodulationSchema } from '../../../src/diagrams/neuromodulation/schema';
import def from '../../../src/diagrams/neuromodulation';

describe('neuromodulation: the model neuron', () => {
  it('fires at the core’s rate for the modulated parameters, and at the plain rate at level 0', () => {
    for (const level of [0, 0.3, 0.6, 1]) {
      for (const current of [0, 1, 1.2, 2, 3.5, 4]) {
        const m = neuromodulationModel(level, current, 'relu');
        expect(m.rateHz).toBe(lifRateHz(neuromodulatedLifParams(level), current));
        expect(m.baseRateHz).toBe(lifRateHz(DEFAULT_LIF_PARAMS, current));
      }
    }
  });

  it('raises the rate for the same input as the level rises', () => {
    const rates = [0, 0.25, 0.5, 0.75, 1].map((level) => neuromodulationModel(level, 2, 'relu').rateHz);
    for (let i = 1; i < rates.length; i++) expect(rates[i]!).toBeGreaterThan(rates[i - 1]!);
    expect(rates[0]).toBeCloseTo(33.64, 2);
    expect(rates[4]).toBeCloseTo(81.86, 2);
  });

  it('reports gain and threshold from the core', () => {
    const m = neuromodulationModel(1, 2, 'relu');
    expect(m.gain).toBeCloseTo(1.5, 12);
    expect(m.params.thresholdMilliVolts).toBeCloseTo(-58, 12);
    expect(m.rheobase).toBeCloseTo(0.8, 12);
    expect(m.baseRheobase).toBeCloseTo(1.5, 12);
  });

  it('draws both curves from the same samples, identical at level 0', () => {
    const { curve, baseCurve } = curves(0);
    expect(curve).toEqual(baseCurve);
    const at1 = curves(1);
    expect(at1.curve.length).toBe(at1.baseCurve.length);
    expect(sampleCurrents([1.5, 0.8])).toContain(0.8);
    expect(Math.max(...at1.curve.map((p) => p.rateHz))).toBeLessThanOrEqual(RATE_MAX);
    expect(fiPath(at1.curve)).not.toMatch(/NaN/);
    expect(rateY(0)).toBeGreaterThan(rateY(RATE_MAX));
  });

  it('names the extremes in words', () => {
    expect(explainNeuron(neuromodulationModel(0, 2, 'relu'), 0, 2)).toMatch(/coincide/);
    expect(explainNeuron(neuromodulationModel(0.5, 0.5, 'relu'), 0.5, 0.5)).toMatch(/stays silent/);
    expect(explainNeuron(neuromodulationModel(1, 1.2, 'relu'), 1, 1.2)).toMatch(/switched it on/);
    expect(explainNeuron(neuromodulationModel(1, 4, 'relu'), 1, 4)).toMatch(/refractory/);
    expect(rateReadout(neuromodulationModel(0.5, 0.5, 'relu'), 0.5, 0.5).context).toMatch(/below this level’s rheobase/);
    expect(rateReadout(neuromodulationModel(1, 1.2, 'relu'), 1, 1.2).context).toMatch(/silent at level 0/);
    expect(baseRateReadout(neuromodulationModel(1, 2, 'relu'))).toEqual({ value: '33.6 Hz', context: 'the same input at level 0' });
  });
});

describe('neuromodulation: the artificial neuron', () => {
  it('computes y = φ(1·x − 1.5) through layerForward, whatever the level', () => {
    expect(ARTIFICIAL_BIAS).toBe(-1.5);
    for (const act of ACTIVATION_IDS) {
      for (const x of [0, 1.5, 2, 4]) {
        const expected = layerForward([1], [-1.5], [x], 1, 1, act).y[0];
        expect(artificialOutput(x, act).y).toBe(expected);
        for (const level of [0, 0.5, 1]) expect(neuromodulationModel(level, x, act).y).toBe(expected);
      }
    }
    expect(yReadout(neuromodulationModel(1, 2, 'relu'), 2)).toEqual({ value: '0.50', context: 'for x = 2.00, at every level' });
  });

  it('draws each activation on its own axis, the step as a jump', () => {
    for (const act of ACTIVATION_IDS) {
      const layout = activationLayout(act);
      expect(layout.path).not.toMatch(/NaN/);
      const [lo, hi] = layout.y.domain() as [number, number];
      expect(lo).toBeLessThanOrEqual(0);
      expect(hi).toBeGreaterThanOrEqual(1);
    }
    expect(explainArtificial(neuromodulationModel(0, 1, 'relu'), 'relu')).toMatch(/clips/);
    expect(explainArtificial(neuromodulationModel(0, 2, 'relu'), 'relu')).toMatch(/Nothing in this formula reads the neuromodulator/);
  });
});

describe('neuromodulation: params, scenes and the server render', () => {
  it('clamps hostile params', () => {
    const { params, notices } = parseParams(neuromodulationSchema, 'level=7&current=-1&act=gelu');
    expect(params).toEqual({ level: 1, current: 0, act: 'relu' });
    expect(notices).toHaveLength(3);
  });

  it('has calm, aroused and same-input scenes: the rate moves, y does not', () => {
    const s = def.scenes!;
    const calm = neuromodulationModel(s.calm!.level!, s.calm!.current!, 'relu');
    const aroused = neuromodulationModel(s.aroused!.level!, s.aroused!.current!, 'relu');
    expect(aroused.rateHz).toBeGreaterThan(calm.rateHz);
    expect(aroused.y).toBe(calm.y);
    expect(s['same-input']).toBeDefined();
  });

  it('renders the readouts on the server as the core computes them', () => {
    const html = renderToString(<DiagramRoot def={def} initial={defaults(def.schema)} notices={[]} />);
    const rate = lifRateHz(neuromodulatedLifParams(0.6), 2);
    expect(html).toContain(`data-readout="rate">${rate.toFixed(1)} Hz, at 2.00 nA`);
    expect(html).toContain('data-readout="baseRate">33.6 Hz');
    expect(html).toContain('data-readout="y">0.50');
  });
});

describe('neuromodulation: one instance’s model', () => {
  it('remakes the f–I curves only when the level changes', () => {
    const shown = neuromodulationFor();
    const a = shown({ level: 0.6, current: 2, act: 'relu' });
    const b = shown({ level: 0.6, current: 3, act: 'sigmoid' });
    expect(b.m.curve).toBe(a.m.curve);
    expect(b.m).toEqual(neuromodulationModel(0.6, 3, 'sigmoid'));
    expect(shown({ level: 1, current: 3, act: 'sigmoid' }).m.curve).not.toBe(a.m.curve);
  });
});
