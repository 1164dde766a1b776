import { describe, expect, it } from 'vitest';
import { somaPotential, type SynapseInput } from '../../../src/core';
import { parseParams, serializeParams } from '../../../src/params/schema';
import { DEFAULT_SYNAPSES, dendriteSumSchema, MAX_SYNAPSES, parseSynapses, serializeSynapses } from '../../../src/diagrams/dendrite-sum/schema';
import { actionPotential, dendriteModel, formatVm } from '../../../src/diagrams/dendrite-sum/model';
import { along, dendriteSlots, gaugeY, GAUGE, markerPath, pulseRadius } from '../../../src/diagrams/dendrite-sum/layout';
import def from '../../../src/diagrams/dendrite-sum';

const syn = (text: string) => parseParams(dendriteSumSchema, `syn=${encodeURIComponent(text)}`);

describe('the syn parser', () => {
  it('reads type:strength items in order', () => {
    expect(parseSynapses('glu:0.9,gaba:0.4,ach:1,gly:0')).toEqual([
      { type: 'glu', strength: 0.9 },
      { type: 'gaba', strength: 0.4 },
      { type: 'ach', strength: 1 },
      { type: 'gly', strength: 0 },
    ]);
  });

  it('accepts spaces and any case, and reads the empty string as no synapses', () => {
    expect(parseSynapses(' GLU : 0.5 , Gaba:.25 ')).toEqual([
      { type: 'glu', strength: 0.5 },
      { type: 'gaba', strength: 0.25 },
    ]);
    expect(parseSynapses('')).toEqual([]);
    expect(syn('').notices).toEqual([]);
  });

  it('clamps strengths into [0, 1] with a notice', () => {
    const { params, notices } = syn('glu:7,gaba:-2');
    expect(params.syn).toEqual([
      { type: 'glu', strength: 1 },
      { type: 'gaba', strength: 0 },
    ]);
    expect(notices.join(' ')).toMatch(/clamped/);
  });

  it('defaults unreadable strengths and drops unknown transmitters, with notices', () => {
    const { params, notices } = syn('glu:abc,dopamine:0.5,gaba,na:1');
    expect(params.syn).toEqual([
      { type: 'glu', strength: 0.5 },
      { type: 'gaba', strength: 0.5 },
    ]);
    expect(notices.join(' ')).toMatch(/2 synapses with an unknown transmitter were dropped/);
    expect(notices.join(' ')).toMatch(/2 unreadable strengths were set to 0.5/);
  });

  it('keeps the first 8 of more with a notice', () => {
    const { params, notices } = syn(Array.from({ length: 12 }, () => 'glu:0.1').join(','));
    expect(params.syn).toHaveLength(MAX_SYNAPSES);
    expect(notices.join(' ')).toMatch(/at most 8/);
  });

  it('survives 10,000 items quickly, whether or not the URL length limit applies', () => {
    const huge = Array.from({ length: 10_000 }, () => 'glu:0.5').join(',');
    const start = performance.now();
    const direct = parseSynapses(huge);
    expect(direct).toHaveLength(MAX_SYNAPSES);
    expect(performance.now() - start).toBeLessThan(50);
    const { params, notices } = parseParams(dendriteSumSchema, { syn: huge });
    expect(params.syn).toEqual(DEFAULT_SYNAPSES);
    expect(notices.length).toBeGreaterThan(0);
  });

  it('rejects javascript: URLs and markup whole, falling back to the default', () => {
    for (const hostile of [
      'javascript:alert(1)',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>:1',
      'glu:<b>1</b>',
      '"><svg onload=alert(1)>',
      '\u0000',
      ':::',
      ',,,',
    ]) {
      const { params, notices } = syn(hostile);
      expect(
        params.syn.every((s) => ['glu', 'ach', 'gaba', 'gly'].includes(s.type)),
        hostile,
      ).toBe(true);
      expect(
        params.syn.every((s) => s.strength >= 0 && s.strength <= 1),
        hostile,
      ).toBe(true);
      expect(JSON.stringify(params.syn)).not.toMatch(/[<>]|script|alert/);
      if (hostile !== 'glu:<b>1</b>') expect(params.syn, hostile).toEqual(DEFAULT_SYNAPSES);
      expect(notices.length, hostile).toBeGreaterThan(0);
    }
  });

  it('rejects items with extra colons, NaN and Infinity', () => {
    expect(parseSynapses('glu:0.5:1')).toBeUndefined();
    expect(parseSynapses('glu:NaN')).toEqual([{ type: 'glu', strength: 0.5 }]);
    expect(parseSynapses('glu:Infinity')).toEqual([{ type: 'glu', strength: 0.5 }]);
    expect(parseSynapses('glu:1e309')).toEqual([{ type: 'glu', strength: 0.5 }]);
  });

  it('round-trips through serialisation with no notice', () => {
    const text = serializeSynapses([
      { type: 'glu', strength: 0.33 },
      { type: 'gly', strength: 1 },
    ]);
    expect(text).toBe('glu:0.33,gly:1');
    const back = parseParams(dendriteSumSchema, serializeParams(dendriteSumSchema, { syn: parseSynapses(text)!, model: 'conductance' }));
    expect(back.notices).toEqual([]);
    expect(back.params.model).toBe('conductance');
    expect(serializeSynapses(back.params.syn)).toBe(text);
  });
});

describe('the model', () => {
  it('reads the core: the default is below threshold in both models', () => {
    for (const model of ['linear', 'conductance'] as const) {
      const m = dendriteModel(DEFAULT_SYNAPSES, model);
      const core = somaPotential(DEFAULT_SYNAPSES, model);
      expect(m.soma.vmMilliVolts).toBe(core.vmMilliVolts);
      expect(m.soma.fires).toBe(false);
      expect(m.context).toMatch(/below threshold/);
    }
    expect(dendriteModel(DEFAULT_SYNAPSES, 'linear').vmText).toBe('−61.4 mV');
    expect(dendriteModel(DEFAULT_SYNAPSES, 'linear').context).toBe('6.4 mV below threshold');
  });

  it('fires exactly at threshold and not a hair below, and says so', () => {
    const at = dendriteModel(def.scenes!['at-threshold']!.syn!, 'linear');
    expect(at.soma.vmMilliVolts).toBeCloseTo(-55, 10);
    expect(at.soma.fires).toBe(true);
    expect(at.explanations[0]).toMatch(/all-or-none/);
    const below = dendriteModel(def.scenes!['just-below']!.syn!, 'linear');
    expect(below.soma.fires).toBe(false);
    expect(below.vmText).toBe('−55.1 mV');
    expect(below.explanations[0]).toMatch(/is not enough: 0\.1 mV short of threshold/);
  });

  it('never shows a miss as −55.0 mV', () => {
    expect(formatVm(-55.04, -55, false)).toBe('−55.04 mV');
    expect(formatVm(-55.0004, -55, false)).toBe('−55.000 mV');
    expect(formatVm(-54.96, -55, true)).toBe('−55.0 mV');
    expect(formatVm(-61.44, -55, false)).toBe('−61.4 mV');
  });

  it('explains saturation in the conductance model', () => {
    const m = dendriteModel(def.scenes!.saturation!.syn!, 'conductance');
    expect(m.soma.saturated).toBe(true);
    expect(m.explanations.join(' ')).toMatch(/Saturation: one by one, the excitatory synapses would add up to 36\.0 mV; together they make 25\.2 mV/);
  });

  it('explains shunting: GABA at rest barely moves the potential but shrinks excitation', () => {
    const synapses = def.scenes!.shunting!.syn!;
    const m = dendriteModel(synapses, 'conductance');
    expect(m.soma.shunting).toBe(true);
    expect(m.soma.fires).toBe(false);
    const text = m.explanations.join(' ');
    expect(text).toMatch(/Shunting inhibition: GABA at rest barely moves the potential \(0\.0 mV on its own/);
    const withoutGaba = somaPotential(
      synapses.filter((s) => s.type !== 'gaba'),
      'conductance',
    );
    expect(withoutGaba.fires).toBe(true);
  });

  it('handles no synapses, silent synapses and deep inhibition in words', () => {
    expect(dendriteModel([], 'linear').explanations[0]).toMatch(/No synapses/);
    expect(dendriteModel([{ type: 'glu', strength: 0 }], 'conductance').explanations[0]).toMatch(/strength 0/);
    const eightGaba: SynapseInput[] = Array.from({ length: 8 }, () => ({ type: 'gaba', strength: 1 }));
    const deep = dendriteModel(eightGaba, 'linear');
    expect(deep.vmText).toBe('−102.0 mV');
    expect(deep.explanations.join(' ')).toMatch(/below rest/);
    const eightGlu: SynapseInput[] = Array.from({ length: 8 }, () => ({ type: 'glu', strength: 1 }));
    expect(dendriteModel(eightGlu, 'linear').explanations.join(' ')).toMatch(/add without limit/);
  });

  it('precomputes one Hodgkin–Huxley action potential that peaks above +20 mV', () => {
    const ap = actionPotential();
    expect(actionPotential()).toBe(ap);
    expect(ap.peakMilliVolts).toBeGreaterThan(20);
    expect(ap.peakMilliVolts).toBeLessThan(50);
    expect(ap.vMilliVolts[0]).toBeCloseTo(-70, 1);
  });
});

describe('the layout', () => {
  it('places 8 dendrites inside the drawing, each with a path to the soma', () => {
    const slots = dendriteSlots();
    expect(slots).toHaveLength(8);
    for (const slot of slots) {
      expect(slot.synapse.x).toBeGreaterThan(0);
      expect(slot.synapse.y).toBeGreaterThan(0);
      expect(slot.synapse.y).toBeLessThan(300);
      expect(slot.toSoma[0]).toEqual(slot.synapse);
      expect(slot.d).not.toMatch(/NaN/);
    }
  });

  it('interpolates along a point list and clamps t', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
    ];
    expect(along(points, 0.25)).toEqual({ x: 5, y: 0 });
    expect(along(points, 2)).toEqual({ x: 10, y: 10 });
    expect(along(points, -1)).toEqual({ x: 0, y: 0 });
  });

  it('maps rest below threshold on the gauge and keeps extremes inside it', () => {
    expect(gaugeY(-55)).toBeLessThan(gaugeY(-70));
    expect(gaugeY(-200)).toBe(GAUGE.bottom);
    expect(gaugeY(100)).toBe(GAUGE.top);
    expect(pulseRadius(-4)).toBe(pulseRadius(4));
    for (const type of ['glu', 'ach', 'gaba', 'gly'] as const) expect(markerPath(type, 8)).not.toMatch(/NaN/);
  });
});

describe('the scenes', () => {
  it('cover the essay’s steps (content/SCENES.md) with the numbers its prose quotes', () => {
    const scenes = def.scenes!;
    const run = (name: string) => dendriteModel(scenes[name]!.syn!, scenes[name]!.model!);
    expect(run('one-synapse').vmText).toBe('−67.0 mV');
    expect(run('spatial-sum').vmText).toBe('−61.0 mV');
    expect(run('threshold').vmText).toBe('−52.0 mV');
    expect(run('threshold').soma.fires).toBe(true);
    expect(run('inhibition').vmText).toBe('−56.0 mV');
    expect(run('inhibition').soma.fires).toBe(false);
    expect(run('shunting').vmText).toBe('−61.4 mV');
    expect(run('shunting').soma.shunting).toBe(true);
    expect(run('two-synapses').vmText).toBe('−61.6 mV');
    for (const scene of Object.values(scenes)) expect(scene.syn!.length).toBeLessThanOrEqual(MAX_SYNAPSES);
  });
});
