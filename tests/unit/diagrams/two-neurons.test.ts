import { describe, expect, it } from 'vitest';
import { DEFAULT_LIF_PARAMS, layerForward, lifRateHz, somaPotential } from '../../../src/core';
import { defaults, parseParams } from '../../../src/params/schema';
import { twoNeuronsSchema } from '../../../src/diagrams/two-neurons/schema';
import { CONTACTS_PER_INPUT, twoNeuronsModel } from '../../../src/diagrams/two-neurons/model';
import { FORMS, lerpPoints, morphAt, polygon, polyline, rasterTicks } from '../../../src/diagrams/two-neurons/layout';
import def from '../../../src/diagrams/two-neurons';

const base = { x: [0.9, 0.7, 0.4], w: [1, 0.8, -0.6], b: -1, act: 'relu' as const, model: 'linear' as const };

describe('the two-neurons model', () => {
  it('computes the artificial neuron with the core layer', () => {
    const m = twoNeuronsModel(base);
    const core = layerForward(base.w, [base.b], base.x, 1, 3, 'relu');
    expect(m.art.z).toBe(core.z[0]);
    expect(m.art.y).toBe(core.y[0]);
    expect(m.art.z).toBeCloseTo(0.22, 12);
    expect(m.art.weightedSum).toBeCloseTo(1.22, 12);
  });

  it('computes the biological neuron from the same input, two contacts per input', () => {
    const m = twoNeuronsModel(base);
    const synapses = [
      { type: 'glu' as const, strength: 0.9 },
      { type: 'glu' as const, strength: 0.56 },
      { type: 'gaba' as const, strength: 0.24 },
    ].flatMap((s) => Array.from({ length: CONTACTS_PER_INPUT }, () => s));
    const soma = somaPotential(synapses, 'linear');
    expect(m.bio.soma.vmMilliVolts).toBeCloseTo(soma.vmMilliVolts, 12);
    expect(m.bio.soma.vmMilliVolts).toBeCloseTo(-54.4, 1);
    expect(m.bio.rateHz).toBeCloseTo(lifRateHz(DEFAULT_LIF_PARAMS, (soma.vmMilliVolts + 70) / DEFAULT_LIF_PARAMS.resistanceMegaOhms), 12);
    expect(m.bio.spikeTimesMs.length).toBe(7);
  });

  it('silences a synapse whose weight has the wrong sign (Dale’s principle) but lets the weight flip', () => {
    const flipped = twoNeuronsModel({ ...base, w: [-1, 0.8, 0.6] });
    expect(flipped.bio.inputs.map((i) => i.blocked)).toEqual([true, false, true]);
    expect(flipped.bio.inputs[0]!.strength).toBe(0);
    expect(flipped.art.weightedSum).toBeCloseTo(-0.9 + 0.56 + 0.24, 12);
  });

  it('shows saturation: the dot product doubles, the conductance-based depolarisation does not', () => {
    const m = twoNeuronsModel({ ...base, model: 'conductance' });
    expect(m.doubled.weightedSum).toBeCloseTo(2 * m.art.weightedSum, 12);
    const ratio = m.doubled.conductanceAfter / m.doubled.conductanceBefore;
    expect(ratio).toBeGreaterThan(1);
    expect(ratio).toBeLessThan(1.9);
  });

  it('sends no spikes below threshold while the artificial neuron still answers', () => {
    const m = twoNeuronsModel({ ...base, x: [0.2, 0.2, 0], act: 'sigmoid' });
    expect(m.bio.soma.fires).toBe(false);
    expect(m.bio.rateHz).toBe(0);
    expect(m.bio.spikeTimesMs).toEqual([]);
    expect(m.art.y).toBeGreaterThan(0);
  });
});

describe('the two-neurons schema', () => {
  it('pads and trims x and w to 3 with a notice, and clamps', () => {
    const { params, notices } = parseParams(twoNeuronsSchema, 'x=0.5&w=9,-9,0.1,0.2&view=artificial');
    expect(params.x).toEqual([0.5, 0.7, 0.4]);
    expect(params.w).toEqual([1, -1, 0.1]);
    expect(params.view).toBe('artificial');
    expect(notices.length).toBeGreaterThanOrEqual(2);
  });

  it('has scenes for each view', () => {
    expect(def.scenes!.biological!.view).toBe('biological');
    expect(def.scenes!.artificial!.view).toBe('artificial');
    expect(defaults(twoNeuronsSchema).view).toBe('biological');
  });
});

describe('the morph geometry', () => {
  it('gives both forms the same structure, so paths interpolate point by point', () => {
    const a = FORMS.biological;
    const b = FORMS.artificial;
    a.dendrites.forEach((points, i) => expect(points.length).toBe(b.dendrites[i]!.length));
    expect(a.ais.length).toBe(b.ais.length);
    expect(a.axon.length).toBe(b.axon.length);
    const commands = (d: string) => d.replace(/[-\d.,]+/g, '');
    expect(commands(polyline(a.dendrites[0]!))).toBe(commands(polyline(b.dendrites[0]!)));
    expect(commands(polygon(a.ais))).toBe(commands(polygon(b.ais)));
  });

  it('morphs from the biological form at 0 to the artificial one at 1', () => {
    expect(morphAt(0)).toEqual(FORMS.biological);
    morphAt(1).dendrites[1]!.forEach((p, i) => {
      expect(p.x).toBeCloseTo(FORMS.artificial.dendrites[1]![i]!.x, 9);
      expect(p.y).toBeCloseTo(FORMS.artificial.dendrites[1]![i]!.y, 9);
    });
    const half = morphAt(0.5);
    expect(half.soma.r).toBe((FORMS.biological.soma.r + FORMS.artificial.soma.r) / 2);
    expect(lerpPoints([{ x: 0, y: 0 }], [{ x: 10, y: -4 }], 0.25)).toEqual([{ x: 2.5, y: -1 }]);
    // The artificial edges are straight: every sample on the line between the ends.
    const edge = FORMS.artificial.dendrites[0]!;
    const [first, last] = [edge[0]!, edge[edge.length - 1]!];
    for (const p of edge) expect((p.x - first.x) * (last.y - first.y) - (p.y - first.y) * (last.x - first.x)).toBeCloseTo(0, 6);
  });

  it('places raster ticks inside the strip', () => {
    expect(rasterTicks([0, 250, 500, 600], 500, 300)).toEqual([4, 150, 296]);
  });
});
