import { describe, expect, it } from 'vitest';
import { createMlp, createRng, lossValue, mlpForward, mlpGradients, mlpPredict, mlpTrainStep } from '../../../src/core';
import { passesModel, reportedGradient, SAMPLE, SIZES, STEP_NAMES } from '../../../src/diagrams/passes/model';
import { EDGES1, EDGES2 } from '../../../src/diagrams/passes/layout';
import { LAST_STEP } from '../../../src/diagrams/passes/schema';
import def from '../../../src/diagrams/passes/index';

describe('passes model', () => {
  it('forward values are the core’s mlpForward on the seeded net', () => {
    const m = passesModel(1, 1);
    const net = createMlp(SIZES, createRng(1), { hidden: 'tanh', output: 'sigmoid' });
    const { y } = mlpForward(net, SAMPLE.x);
    expect(Array.from(m.h)).toEqual(Array.from(y[0]!));
    expect(m.yHat).toBe(y[1]![0]);
    expect(m.loss).toBe(lossValue(y[1]!, SAMPLE.target, 'mse'));
  });

  it('the backward stages give exactly mlpGradients’ ∂L/∂W', () => {
    for (const seed of [1, 2, 42]) {
      const m = passesModel(seed, 1);
      const core = mlpGradients(m.net, SAMPLE, 'mse');
      expect(Array.from(m.dW1)).toEqual(Array.from(core.layers[0]!.dW));
      expect(Array.from(m.dW2)).toEqual(Array.from(core.layers[1]!.dW));
      expect(Array.from(m.delta2)).toEqual(Array.from(core.layers[1]!.db));
      expect(reportedGradient(m)).toBe(core.layers[0]!.dW[0]);
      // ∂L/∂ŷ for squared error, and δ = ∂L/∂ŷ · σ′(z)
      expect(m.dLdy).toBeCloseTo(2 * (m.yHat - 1), 12);
      expect(m.delta2[0]!).toBeCloseTo(m.dLdy * m.yHat * (1 - m.yHat), 12);
    }
  });

  it('the update is mlpTrainStep, and it lowers the loss on this sample', () => {
    const m = passesModel(1, 1);
    const stepped = mlpTrainStep(m.net, [SAMPLE], 1, 'mse').net;
    expect(Array.from(m.updated.layers[0]!.weights)).toEqual(Array.from(stepped.layers[0]!.weights));
    expect(m.yHatAfter).toBe(mlpPredict(stepped, SAMPLE.x)[0]);
    expect(m.lossAfter).toBeLessThan(m.loss);
    expect(passesModel(1, 0.05).lossAfter).toBeGreaterThan(m.lossAfter);
  });

  it('has a name for every step, an edge per weight, and scenes in range', () => {
    expect(STEP_NAMES).toHaveLength(LAST_STEP + 1);
    expect(EDGES1).toHaveLength(6);
    expect(EDGES2).toHaveLength(3);
    expect(def.scenes).toMatchObject({ forward: { step: 2 }, backward: { step: 5 }, update: { step: LAST_STEP }, biology: { side: 'biology' } });
  });
});
