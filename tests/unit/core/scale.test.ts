import { describe, expect, it } from 'vitest';
import { NETWORKS, SCALE_CAVEAT, SCALE_ENTRIES, SPECIES, synapseEstimate } from '../../../src/core';

const byId = (id: string) => SCALE_ENTRIES.find((e) => e.id === id)!;

describe('scale data', () => {
  it('lists the brief’s species and networks, each with a source and year', () => {
    expect(SPECIES.map((s) => s.id)).toEqual(['c-elegans', 'fruit-fly', 'mouse', 'macaque', 'human']);
    expect(NETWORKS.map((n) => n.id)).toEqual([
      'perceptron-mark-i',
      'lenet-5',
      'alexnet',
      'resnet-50',
      'bert-large',
      'gpt-2',
      'gpt-3',
      'llama-3.1-405b',
      'deepseek-v3',
    ]);
    for (const e of SCALE_ENTRIES) {
      expect(e.source.citation.length).toBeGreaterThan(5);
      expect(e.year).toBeGreaterThanOrEqual(1958);
      expect(e.year).toBeLessThanOrEqual(2024);
      if (e.kind === 'species') expect(e.neurons && e.synapses).toBeTruthy();
      else expect(e.parameters).toBeTruthy();
    }
  });

  it('uses the brief’s figures exactly', () => {
    expect(byId('c-elegans').neurons!.value).toBe(302);
    expect(byId('fruit-fly').neurons!.value).toBe(139255);
    expect(byId('human').neurons).toMatchObject({ value: 86e9, low: 78e9, high: 94e9 });
    expect(byId('human').synapses).toMatchObject({ low: 1e14, high: 1e15 });
    expect(byId('gpt-3').parameters!.value).toBe(175e9);
    expect(byId('gpt-3').source.arxiv).toBe('2005.14165');
    expect(byId('deepseek-v3').parameters!.value).toBe(671e9);
    expect(byId('deepseek-v3').activeParameters!.value).toBe(37e9);
    expect(byId('alexnet').neurons!.value).toBeGreaterThan(byId('fruit-fly').neurons!.value);
  });

  it('keeps every range around its value', () => {
    for (const e of SCALE_ENTRIES) {
      for (const c of [e.neurons, e.synapses, e.parameters, e.activeParameters]) {
        if (!c) continue;
        expect(c.value).toBeGreaterThan(0);
        if (c.low !== undefined) expect(c.low).toBeLessThanOrEqual(c.value);
        if (c.high !== undefined) expect(c.high).toBeGreaterThanOrEqual(c.value);
      }
    }
  });

  it('multiplies neurons by synapses per neuron and says a parameter is not a synapse', () => {
    expect(synapseEstimate(86e9, 7000)).toBeCloseTo(6.02e14, -12);
    expect(SCALE_CAVEAT).toMatch(/not a synapse/);
  });
});
