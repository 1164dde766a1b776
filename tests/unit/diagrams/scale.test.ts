import { describe, expect, it } from 'vitest';
import { NETWORKS, SCALE_ENTRIES, SPECIES, synapseEstimate } from '../../../src/core';
import { calculator, chartPoints, compareWithSpecies, largestNetwork, perNeuron, shortName } from '../../../src/diagrams/scale/model';
import { countText, sci, words } from '../../../src/diagrams/scale/format';
import { DOMAIN, rowY, ticks, x } from '../../../src/diagrams/scale/layout';
import def from '../../../src/diagrams/scale/index';
import { parseParams } from '../../../src/params/schema';

describe('scale format', () => {
  it('writes counts in scientific notation and in words', () => {
    expect(sci(6.02e14)).toBe('6.0 × 10¹⁴');
    expect(sci(9.96e13)).toBe('1.0 × 10¹⁴');
    expect(sci(100)).toBe('1.0 × 10²');
    expect(words(302)).toBe('302');
    expect(words(139255)).toBe('139,255');
    expect(words(2.56e7)).toBe('25.6 million');
    expect(words(86e9)).toBe('86 billion');
    expect(words(6.71e11)).toBe('671 billion');
    expect(countText(1e11, true)).toBe('~10¹¹');
    expect(countText(1.5e14, true)).toBe('1.5 × 10¹⁴');
  });
});

describe('scale calculator', () => {
  it('multiplies with the core and compares with the largest network', () => {
    const r = calculator(8.6e10, 7000);
    expect(r.total).toBe(synapseEstimate(8.6e10, 7000));
    expect(r.totalText).toBe('6.0 × 10¹⁴ synapses');
    expect(r.largest.id).toBe('deepseek-v3');
    expect(r.ratio).toBeCloseTo((8.6e10 * 7000) / 6.71e11, 9);
    expect(r.ratioText).toBe('900 × DeepSeek-V3’s 671 billion parameters');
    expect(r.compare).toContain('within the range estimated for the whole human brain');
    expect(r.extreme).toBe('');
  });

  it('says where a total falls among the species, and explains the extremes', () => {
    expect(compareWithSpecies(100)).toMatch(/fewer than the 7,300 synapses of C\. elegans/);
    expect(compareWithSpecies(1e9)).toMatch(/between fruit fly and mouse/);
    expect(compareWithSpecies(1e17)).toMatch(/more than even the upper estimate/);
    const tiny = calculator(100, 1);
    expect(tiny.ratioText).toBe(`${Number((100 / 6.71e11).toPrecision(2))} × DeepSeek-V3’s 671 billion parameters`);
    expect(tiny.ratioContext).toMatch(/DeepSeek-V3 has .* times as many parameters/);
    expect(tiny.extreme).toMatch(/sparser than any nervous system/);
    expect(calculator(1e10, 1e5).extreme).toMatch(/Purkinje/);
    expect(calculator(1e12, 1000).extreme).toMatch(/more than twice/);
    expect(calculator(1e12, 1e5).totalText).toBe('1.0 × 10¹⁷ synapses');
  });

  it('presets reproduce each species’ synapse count from the core', () => {
    for (const s of SPECIES) expect(s.neurons!.value * perNeuron(s)).toBeCloseTo(s.synapses!.value, 3);
  });
});

describe('scale chart', () => {
  const points = chartPoints();
  it('has a point for every count in the core, each with its source and year', () => {
    const expected = SCALE_ENTRIES.reduce((n, e) => n + [e.neurons, e.synapses, e.parameters, e.activeParameters].filter(Boolean).length, 0);
    expect(points).toHaveLength(expected);
    for (const p of points) {
      expect(p.caption).toContain(p.entry.source.citation);
      expect(p.caption).toContain(String(p.entry.year));
    }
    const human = points.find((p) => p.key === 'human:synapses')!;
    expect(human.caption).toContain('range 10¹⁴–10¹⁵');
    expect(points.find((p) => p.key === 'deepseek-v3:active')!.caption).toContain('37 billion parameters active per token');
  });

  it('places counts on a log axis and rows in order', () => {
    expect(x(DOMAIN[0])).toBeLessThan(x(1e10));
    expect(x(1e10) - x(1e8)).toBeCloseTo(x(1e8) - x(1e6), 6);
    expect(
      ticks()
        .filter((t) => t.labelled)
        .map((t) => t.exponent),
    ).toEqual([2, 4, 6, 8, 10, 12, 14, 16]);
    const ys = SCALE_ENTRIES.map(rowY);
    for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeGreaterThan(ys[i - 1]!);
    expect(shortName(NETWORKS[0]!)).toBe('Mark I perceptron');
    expect(largestNetwork().parameters.value).toBe(Math.max(...NETWORKS.map((n) => n.parameters!.value)));
  });

  it('reads the human calculator from a URL and clamps the extremes', () => {
    expect(parseParams(def.schema, 'neurons=8.6e10&synapses=7000').params).toMatchObject({ neurons: 8.6e10, synapses: 7000 });
    const wild = parseParams(def.schema, 'neurons=1e20&synapses=-4');
    expect(wild.params).toMatchObject({ neurons: 1e12, synapses: 1 });
    expect(wild.notices).toHaveLength(2);
    expect(def.scenes!['calculator-human']).toMatchObject({ neurons: 8.6e10, synapses: 7000 });
  });
});
