import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { createElement } from 'react';
import {
  XOR_DENDRITIC_UNIT,
  XOR_POINTS,
  dcaApAmplitude,
  dendriticUnitOutput,
  perceptronAccuracy,
  perceptronPredict,
  perceptronStep,
  trainPerceptron,
} from '../../../src/core';
import { defaults, parseParams, serializeParams } from '../../../src/params/schema';
import { DiagramRoot } from '../../../src/diagrams/DiagramRoot';
import def from '../../../src/diagrams/xor';
import { xorSchema, WEIGHT_LIMIT } from '../../../src/diagrams/xor/schema';
import {
  dcaApCurve,
  dendriticAnswer,
  dendriticModel,
  epochScore,
  explainLinear,
  learnStep,
  linearModel,
  PERCEPTRON_RATE,
  POINTS,
  scoreContext,
} from '../../../src/diagrams/xor/model';
import { clipHalfPlane, DOMAIN, linearGeometry, moveLineThrough, scoreBars, turnLine, CHART_EPOCHS, type Vec } from '../../../src/diagrams/xor/layout';

const grid = (lo: number, hi: number, step: number) => Array.from({ length: Math.round((hi - lo) / step) + 1 }, (_, i) => lo + i * step);

describe('the linear unit', () => {
  it('scores the OR line 3/4, wrong only on (1, 1), as the core predicts', () => {
    const m = linearModel(1, 1, -0.5);
    expect(m.correct).toBe(3);
    expect(m.points.map((p) => p.answer)).toEqual(XOR_POINTS.map((p) => perceptronPredict({ weights: [1, 1], bias: -0.5 }, p.x)));
    expect(scoreContext(m)).toBe('wrong: (1, 1)');
    expect(explainLinear(m)).toContain('(1, 1) is on the wrong side');
  });

  it('never scores 4/4 over a sweep of every slider setting (step 0.5)', () => {
    const values = grid(-WEIGHT_LIMIT, WEIGHT_LIMIT, 0.5);
    let best = 0;
    for (const w1 of values) for (const w2 of values) for (const b of values) best = Math.max(best, linearModel(w1, w2, b).correct);
    expect(best).toBe(3);
  });

  it('agrees with perceptronAccuracy', () => {
    for (const [w1, w2, b] of [
      [0.3, -1.2, 0.4],
      [-2, 3, -1],
      [4, 4, -4],
    ] as const) {
      expect(linearModel(w1, w2, b).correct).toBe(Math.round(perceptronAccuracy({ weights: [w1, w2], bias: b }, POINTS) * 4));
    }
  });

  it('explains the extremes in words: no line at zero weights, a line that misses the points', () => {
    expect(linearModel(0, 0, 1).flat).toBe(true);
    expect(explainLinear(linearModel(0, 0, 1))).toMatch(/no line.*answers 1 for every point/);
    expect(explainLinear(linearModel(0, 0, -1))).toMatch(/answers 0 for every point/);
    expect(explainLinear(linearModel(1, 1, 4))).toMatch(/same answer, 1: 2 of 4/);
  });
});

describe('the perceptron rule in the figure', () => {
  it('takes the same steps as the core’s trainPerceptron, point by point', () => {
    let w = { w1: 1, w2: 1, b: -0.5 };
    const scores: number[] = [];
    for (let step = 0; step < 40; step++) {
      const next = learnStep(w.w1, w.w2, w.b, step);
      expect(next.index).toBe(step % 4);
      w = next;
      if ((step + 1) % 4 === 0) scores.push(epochScore(w.w1, w.w2, w.b));
    }
    const core = trainPerceptron(POINTS, 10, PERCEPTRON_RATE, { weights: [1, 1], bias: -0.5 });
    expect([w.w1, w.w2]).toEqual(core.weights.weights);
    expect(w.b).toBe(core.weights.bias);
    expect(scores).toEqual(core.accuracyPerEpoch.map((a) => a * 4));
  });

  it('never reaches 4/4 from any starting setting, and keeps weights on the sliders', () => {
    const values = grid(-WEIGHT_LIMIT, WEIGHT_LIMIT, 1);
    let best = 0;
    let largest = 0;
    for (const w1 of values)
      for (const w2 of values)
        for (const b of values) {
          let w = { w1, w2, b };
          for (let step = 0; step < 48; step++) {
            w = learnStep(w.w1, w.w2, w.b, step);
            largest = Math.max(largest, Math.abs(w.w1), Math.abs(w.w2), Math.abs(w.b));
            if (step % 4 === 3) best = Math.max(best, epochScore(w.w1, w.w2, w.b));
          }
        }
    expect(best).toBe(3);
    expect(largest).toBeLessThanOrEqual(WEIGHT_LIMIT);
  });

  it('matches one core perceptronStep', () => {
    const core = perceptronStep({ weights: [1, 1], bias: -0.5 }, POINTS[3]!, PERCEPTRON_RATE);
    expect(learnStep(1, 1, -0.5, 3)).toEqual({ index: 3, w1: core.weights[0], w2: core.weights[1], b: core.bias });
  });
});

describe('the dendritic unit', () => {
  it('answers all four XOR points right, with the core’s summed inputs and amplitudes', () => {
    const m = dendriticModel();
    expect(m.correct).toBe(4);
    m.points.forEach((p, i) => {
      const core = dendriticUnitOutput(XOR_DENDRITIC_UNIT, XOR_POINTS[i]!.x);
      expect(p.summedInput).toBe(core.summedInput);
      expect(p.amplitude).toBe(core.amplitude);
    });
    expect(m.points.map((p) => p.summedInput)).toEqual([0, 1, 1, 2]);
    expect(m.points[1]!.amplitude).toBeCloseTo(Math.exp(-0.5), 12);
  });

  it('draws a curve that is 0 below threshold, largest at it and smaller beyond', () => {
    const curve = dcaApCurve(-0.5, 2.5);
    for (const { s, amplitude } of curve) expect(amplitude).toBe(dcaApAmplitude(s, XOR_DENDRITIC_UNIT));
    const peak = curve.reduce((a, b) => (b.amplitude > a.amplitude ? b : a));
    expect(peak.s).toBe(XOR_DENDRITIC_UNIT.thresholdInput);
    expect(peak.amplitude).toBe(1);
    expect(dendriticAnswer(0.5, 0.5)).toBe(1);
    expect(dendriticAnswer(1, 1)).toBe(0);
  });
});

describe('layout', () => {
  it('shades the side where the unit answers 1: clipping agrees with perceptronPredict', () => {
    const box: Vec[] = [
      [DOMAIN[0], DOMAIN[0]],
      [DOMAIN[1], DOMAIN[0]],
      [DOMAIN[1], DOMAIN[1]],
      [DOMAIN[0], DOMAIN[1]],
    ];
    const poly = clipHalfPlane(box, 1, 1, -0.5);
    // The half-plane x + y ≥ 0.5 in the square [−0.5, 1.5]²: a pentagon.
    expect(poly).toHaveLength(5);
    for (const p of poly) expect(p[0] + p[1]).toBeGreaterThanOrEqual(0.5 - 1e-12);
    const g = linearGeometry(1, 1, -0.5);
    expect(g.onePath).not.toBe('');
    expect(g.segment).not.toBeNull();
  });

  it('puts the move handle on the line and the turn handle on the side answering 1', () => {
    const g = linearGeometry(2, -1, 0.3);
    expect(2 * g.base[0] - g.base[1] + 0.3).toBeCloseTo(0, 9);
    expect(perceptronPredict({ weights: [2, -1], bias: 0.3 }, g.tip)).toBe(1);
  });

  it('has no line segment when the line misses the plot, and none at zero weights', () => {
    expect(linearGeometry(1, 1, 10).segment).toBeNull();
    expect(linearGeometry(0, 0, 1).segment).toBeNull();
  });

  it('drags: moving keeps w and passes through the new point; turning keeps |w| and the base', () => {
    expect(moveLineThrough(1, 1, [1, 0]).b).toBe(-1);
    const t = turnLine(1, 1, [0.5, 0], [0.5, 1]);
    expect(Math.hypot(t.w1, t.w2)).toBeCloseTo(Math.SQRT2, 12);
    expect(t.w1).toBeCloseTo(0, 12);
    expect(t.w2 * 0 + t.w1 * 0.5 + t.b).toBeCloseTo(0, 12);
  });

  it('keeps at most CHART_EPOCHS bars, the newest', () => {
    const bars = scoreBars(Array.from({ length: 30 }, () => 2));
    expect(bars).toHaveLength(CHART_EPOCHS);
    expect(bars[0]!.epoch).toBe(7);
  });
});

describe('params and scenes', () => {
  it('clamps hostile weights and falls back on an unknown mode', () => {
    const { params, notices } = parseParams(xorSchema, 'w1=99&w2=-abc&mode=quantum');
    expect(params.w1).toBe(WEIGHT_LIMIT);
    expect(params.w2).toBe(1);
    expect(params.mode).toBe('both');
    expect(notices).toHaveLength(3);
  });

  it('has the scenes the essay asks for, each a valid state', () => {
    expect(Object.keys(def.scenes ?? {})).toEqual(expect.arrayContaining(['points', 'try-linear', 'learn', 'dendrite']));
    for (const patch of Object.values(def.scenes ?? {})) {
      const params = { ...defaults(xorSchema), ...patch };
      expect(parseParams(xorSchema, serializeParams(xorSchema, params)).params).toEqual(params);
    }
  });

  it('renders each mode on the server with its readouts and the citation', () => {
    for (const mode of ['linear', 'dendritic', 'both'] as const) {
      const html = renderToString(createElement(DiagramRoot, { def, initial: { ...defaults(xorSchema), mode }, notices: [] }));
      expect(html.includes('data-readout="score"')).toBe(mode !== 'dendritic');
      expect(html.includes('data-readout="epochs"')).toBe(mode !== 'dendritic');
      expect(html.includes('data-readout="dendriticScore"')).toBe(mode !== 'linear');
      if (mode !== 'linear') expect(html).toContain('Gidon et al. 2020, Science 367:83');
    }
  });
});
