import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { ADAPTING_LIF_PARAMS, adaptedTestRateHz, layerForward, runStimulusBlocks } from '../../../src/core';
import { defaults, parseParams } from '../../../src/params/schema';
import { DiagramRoot } from '../../../src/diagrams/DiagramRoot';
import {
  contrastFor,
  contrastModel,
  explainNeuron,
  FF_BIAS,
  ffOutput,
  protocol,
  protocolRun,
  testRate,
  testRateReadout,
} from '../../../src/diagrams/contrast/model';
import { adaptationPath, blocksPath, EBBINGHAUS_HEIGHT, EBBINGHAUS_WIDTH, ebbinghaus, MAX_TIME_MS } from '../../../src/diagrams/contrast/layout';
import { contrastSchema } from '../../../src/diagrams/contrast/schema';
import def from '../../../src/diagrams/contrast';

describe('contrast: the adapting neuron', () => {
  it('takes its test rate from the core’s protocol', () => {
    for (const [first, gap, test] of [
      [4, 0, 2.5],
      [2, 0, 2.5],
      [0, 0, 2.5],
      [4, 200, 3],
    ] as const) {
      expect(testRate(first, gap, test)).toBe(adaptedTestRateHz({ conditioningNanoAmps: first, gapMs: gap, testNanoAmps: test }));
    }
  });

  it('draws the run the core counts: the same spikes in every block as runStimulusBlocks', () => {
    for (const [first, gap, test] of [
      [4, 0, 2.5],
      [2, 130, 3.3],
      [5, 400, 4],
      [0, 0, 1.5],
    ] as const) {
      const blocks = protocol(first, gap, test);
      const run = protocolRun(blocks);
      expect(run.counts).toEqual(runStimulusBlocks(ADAPTING_LIF_PARAMS, blocks).map((b) => b.spikeCount));
      expect(run.spikesMs.length).toBe(run.counts.reduce((a, b) => a + b, 0));
      expect(run.adaptationNanoAmps.length).toBe(300 + gap + 100 + 1);
    }
  });

  it('answers the same test less after a large stimulus than after a small one, and fades with a pause', () => {
    const m = contrastModel('large', 2.5, 0, 4, 2);
    expect(m.rates).toEqual({ large: 10, small: 30, none: 40 });
    expect(m.rates.large).toBeLessThan(m.rates.small);
    const later = contrastModel('large', 2.5, 400, 4, 2);
    expect(later.rates.small - later.rates.large).toBeLessThan(m.rates.small - m.rates.large);
    expect(testRateReadout(m, 'large')).toEqual({ value: '10.0 Hz', context: 'after the large stimulus (1 spike in 100 ms)' });
  });

  it('explains the cases in words', () => {
    expect(explainNeuron(contrastModel('none', 2.5, 0, 4, 2), 'none', 0)).toMatch(/fresh neuron/);
    expect(explainNeuron(contrastModel('small', 2.5, 0, 4, 1), 'small', 0)).toMatch(/below the rheobase/);
    expect(explainNeuron(contrastModel('large', 2.5, 0, 4, 2), 'large', 0)).toMatch(/18 spikes/);
    expect(explainNeuron(contrastModel('large', 2.5, 100, 4, 2), 'large', 100)).toMatch(/pause/);
    expect(explainNeuron(contrastModel('large', 1.5, 0, 4, 2), 'large', 0)).toMatch(/too weak/);
  });
});

describe('contrast: the feed-forward unit', () => {
  it('computes ReLU(x − 1.5) through layerForward and answers the test the same in every case', () => {
    expect(FF_BIAS).toBe(-1.5);
    expect(ffOutput(2.5)).toBe(layerForward([1], [-1.5], [2.5], 1, 1, 'relu').y[0]);
    const outputs = (['large', 'small', 'none'] as const).map((before) => contrastModel(before, 2.5, 0, 4, 2).ffTest);
    expect(outputs).toEqual([1, 1, 1]);
  });

  it('draws step paths that span the whole axis', () => {
    const m = contrastModel('large', 2.5, 0, 4, 2);
    const d = blocksPath(
      m.blocks,
      (b) => b.currentNanoAmps,
      (v) => 100 - v,
    );
    expect(d).not.toMatch(/NaN/);
    expect(adaptationPath(m.runs.large.adaptationNanoAmps)).not.toMatch(/NaN/);
    expect(MAX_TIME_MS).toBe(800);
  });
});

describe('contrast: the Ebbinghaus figure', () => {
  it('gives both centre circles the same size, and keeps every circle inside the drawing', () => {
    for (const [centre, big, small] of [
      [34, 50, 10],
      [44, 56, 18],
      [20, 30, 6],
    ] as const) {
      const { left, right } = ebbinghaus(centre, big, small);
      expect(left.centre.r).toBe(centre / 2);
      expect(right.centre.r).toBe(centre / 2);
      expect(left.centre.cy).toBe(right.centre.cy);
      for (const c of [...left.ring, ...right.ring, left.centre, right.centre]) {
        expect(c.cx - c.r).toBeGreaterThanOrEqual(0);
        expect(c.cx + c.r).toBeLessThanOrEqual(EBBINGHAUS_WIDTH);
        expect(c.cy - c.r).toBeGreaterThanOrEqual(0);
        expect(c.cy + c.r).toBeLessThanOrEqual(EBBINGHAUS_HEIGHT);
      }
      // Surround circles neither touch the centre nor each other.
      for (const g of [left, right]) {
        for (const c of g.ring) expect(Math.hypot(c.cx - g.centre.cx, c.cy - g.centre.cy)).toBeGreaterThan(c.r + g.centre.r);
        const [a, b] = g.ring;
        expect(Math.hypot(a!.cx - b!.cx, a!.cy - b!.cy)).toBeGreaterThan(2 * a!.r);
      }
      expect(left.ring.length).toBeLessThanOrEqual(right.ring.length);
    }
  });
});

describe('contrast: params, scenes and the server render', () => {
  it('clamps hostile params', () => {
    const { params, notices } = parseParams(contrastSchema, 'before=huge&test=99&centre=-5&guides=maybe');
    expect(params.before).toBe('large');
    expect(params.test).toBe(4);
    expect(params.centre).toBe(20);
    expect(params.guides).toBe(false);
    expect(notices).toHaveLength(4);
  });

  it('has after-large, after-small and illusion scenes', () => {
    const s = def.scenes!;
    expect(Object.keys(s)).toEqual(expect.arrayContaining(['after-large', 'after-small', 'illusion']));
    const d = defaults(contrastSchema);
    const large = contrastModel(s['after-large']!.before!, d.test, 0, d.large, d.small);
    expect(large.rates.large).toBeLessThan(large.rates.small);
  });

  it('renders the readouts on the server as the core computes them', () => {
    const html = renderToString(<DiagramRoot def={def} initial={defaults(def.schema)} notices={[]} />);
    expect(html).toContain('data-readout="testRate">10.0 Hz, after the large stimulus');
    expect(html).toContain('data-readout="testRateAfterLarge">10.0 Hz');
    expect(html).toContain('data-readout="testRateAfterSmall">30.0 Hz');
    expect(html).toContain('data-readout="ffOutput">1.00, the same');
    expect(html).toContain('data-readout="centre">34 px, both');
  });
});

describe('contrast: one instance’s model', () => {
  it('keeps the timeline’s model while only the figure’s params change, and remakes it when the timeline’s do', () => {
    const shown = contrastFor();
    const d = defaults(contrastSchema);
    const first = shown(d);
    expect(shown({ ...d, centre: 40, guides: true })).toBe(first);
    expect(first.m).toEqual(contrastModel(d.before, d.test, d.gap, d.large, d.small));
    const later = shown({ ...d, gap: 200 });
    expect(later).not.toBe(first);
    expect(later.m).toEqual(contrastModel(d.before, d.test, 200, d.large, d.small));
  });
});
