import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DCAAP_ACTIVATION,
  XOR_DENDRITIC_UNIT,
  XOR_POINTS,
  createFfNet,
  createMlp,
  createRng,
  dcaApAmplitude,
  dendriticUnitOutput,
  ffClassify,
  ffEmbed,
  ffForward,
  ffGoodnessGap,
  ffMakeData,
  ffTrainEpoch,
  ffTrainStep,
  goodness,
  lossGradient,
  lossValue,
  mlpClassify,
  mlpGradients,
  mlpPredict,
  mlpTrainEpoch,
  mlpTrainStep,
  perceptronAccuracy,
  perceptronPredict,
  perceptronStep,
  trainPerceptron,
  type LossKind,
  type Mlp,
} from '../../../src/core';

const xorSamples = XOR_POINTS.map((p) => ({ x: p.x, target: [p.label] }));
const ffXor = XOR_POINTS.map((p) => ({ point: p.x, label: p.label }));

describe('perceptron', () => {
  it('learns AND, which is linearly separable', () => {
    const and = XOR_POINTS.map((p) => ({ x: p.x, label: (p.x[0] & p.x[1]) as 0 | 1 }));
    const { accuracyPerEpoch, weights, history } = trainPerceptron(and, 20);
    expect(accuracyPerEpoch[accuracyPerEpoch.length - 1]).toBe(1);
    expect(history).toHaveLength(20);
    expect(and.every((p) => perceptronPredict(weights, p.x) === p.label)).toBe(true);
  });

  it('never classifies all four XOR points, whatever the start and rate', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        ([w1, w2, b], rate) => {
          const { accuracyPerEpoch } = trainPerceptron(XOR_POINTS, 50, rate, { weights: [w1!, w2!], bias: b! });
          expect(Math.max(...accuracyPerEpoch)).toBeLessThanOrEqual(0.75);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('changes the weights only on a mistake', () => {
    const p = { weights: [0, 0], bias: 0 };
    expect(perceptronStep(p, { x: [1, 1], label: 1 })).toBe(p);
    expect(perceptronStep(p, { x: [1, 1], label: 0 })).toEqual({ weights: [-1, -1], bias: -1 });
    expect(perceptronAccuracy(p, [])).toBe(0);
  });
});

describe('dendritic unit (Gidon et al. 2020)', () => {
  it('classifies all four XOR points with its default weights', () => {
    for (const p of XOR_POINTS) expect(dendriticUnitOutput(XOR_DENDRITIC_UNIT, p.x).label).toBe(p.label);
  });

  it('responds most at threshold-level input and less for stronger input', () => {
    const shape = XOR_DENDRITIC_UNIT;
    expect(dcaApAmplitude(0.49, shape)).toBe(0);
    expect(dcaApAmplitude(0.5, shape)).toBe(1);
    expect(dcaApAmplitude(1, shape)).toBeGreaterThan(dcaApAmplitude(2, shape));
    expect(DCAAP_ACTIVATION.f(0.5)).toBe(1);
    expect(DCAAP_ACTIVATION.df(1)).toBeCloseTo((DCAAP_ACTIVATION.f(1 + 1e-6) - DCAAP_ACTIVATION.f(1 - 1e-6)) / 2e-6, 5);
    expect(DCAAP_ACTIVATION.df(0)).toBe(0);
  });
});

describe('MLP', () => {
  const finiteDifferenceCheck = (net: Mlp, loss: LossKind, x: number[], target: number[]): void => {
    const g = mlpGradients(net, { x, target }, loss);
    const h = 1e-6;
    net.layers.forEach((layer, l) => {
      for (const [param, grad] of [
        [layer.weights, g.layers[l]!.dW],
        [layer.biases, g.layers[l]!.db],
      ] as const) {
        for (let i = 0; i < param.length; i++) {
          const saved = param[i]!;
          param[i] = saved + h;
          const plus = lossValue(mlpPredict(net, x), target, loss);
          param[i] = saved - h;
          const minus = lossValue(mlpPredict(net, x), target, loss);
          param[i] = saved;
          expect(grad[i]).toBeCloseTo((plus - minus) / (2 * h), 5);
        }
      }
    });
  };

  it('backpropagates gradients that match finite differences (MSE and cross-entropy, any sizes)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 }),
        fc.integer(),
        fc.constantFrom<LossKind>('mse', 'crossEntropy'),
        (sizes, seed, loss) => {
          const rng = createRng(seed);
          const net = createMlp(sizes, rng);
          const x = Array.from({ length: sizes[0]! }, () => 2 * rng.next() - 1);
          const target = Array.from({ length: sizes[sizes.length - 1]! }, () => rng.next());
          finiteDifferenceCheck(net, loss, x, target);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('learns XOR by backprop (2–4–1, tanh, sigmoid, cross-entropy)', () => {
    const rng = createRng(1);
    let net = createMlp([2, 4, 1], rng);
    const before = mlpTrainStep(net, xorSamples, 0).loss;
    let loss = before;
    for (let epoch = 0; epoch < 2000; epoch++) ({ net, loss } = mlpTrainEpoch(net, xorSamples, 0.5, rng, { loss: 'crossEntropy' }));
    expect(loss).toBeLessThan(0.05 * before);
    for (const p of XOR_POINTS) expect(mlpClassify(net, p.x)).toBe(p.label);
  });

  it('trains without mutating the previous net', () => {
    const net = createMlp([2, 3, 1], createRng(2), { hidden: 'relu', output: 'identity' });
    const snapshot = Array.from(net.layers[0]!.weights);
    const { net: next } = mlpTrainStep(net, xorSamples, 0.1);
    expect(Array.from(net.layers[0]!.weights)).toEqual(snapshot);
    expect(Array.from(next.layers[0]!.weights)).not.toEqual(snapshot);
    expect(mlpTrainEpoch(net, xorSamples, 0.1, createRng(3), { batchSize: 4 }).net.sizes).toEqual([2, 3, 1]);
  });

  it('classifies by argmax for several outputs and rejects a net without layers', () => {
    const net = createMlp([2, 3], createRng(4), { output: 'identity' });
    const out = mlpPredict(net, [1, -1]);
    expect(mlpClassify(net, [1, -1])).toBe(out.indexOf(Math.max(...out)));
    expect(() => createMlp([2], createRng(1))).toThrow(RangeError);
  });

  it('keeps cross-entropy finite when the output saturates', () => {
    expect(Number.isFinite(lossValue([1], [0], 'crossEntropy'))).toBe(true);
    expect(Number.isFinite(lossGradient([0], [1], 'crossEntropy')[0]!)).toBe(true);
    expect(lossValue([0.5, 1], [0.5, 0], 'mse')).toBe(0.5);
  });

  it('initialises the same way for the same seed only', () => {
    const a = createMlp([2, 4, 1], createRng(9));
    const b = createMlp([2, 4, 1], createRng(9));
    const c = createMlp([2, 4, 1], createRng(10));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });
});

describe('forward–forward', () => {
  it('embeds the label as a one-hot code and measures goodness as Σy²', () => {
    expect(Array.from(ffEmbed([0.5, -1], 1, 3))).toEqual([0.5, -1, 0, 1, 0]);
    expect(goodness([1, 2, -2])).toBe(9);
  });

  it('normalises each layer’s input to unit length', () => {
    const net = createFfNet([4, 5, 5], createRng(1));
    const pass = ffForward(net, ffEmbed([1, 1], 0, 2));
    for (const input of pass.inputs) expect(Math.hypot(...input)).toBeCloseTo(1, 3);
    expect(pass.goodness).toEqual(pass.y.map(goodness));
  });

  it('forms negatives from wrong labels only', () => {
    const { positives, negatives } = ffMakeData(ffXor, 2, createRng(5));
    ffXor.forEach((d, i) => {
      expect(positives[i]![2 + d.label]).toBe(1);
      expect(negatives[i]![2 + d.label]).toBe(0);
    });
    const three = ffMakeData([{ point: [0, 0], label: 2 }], 3, createRng(6));
    expect(three.negatives[0]![4]).toBe(0);
  });

  it('raises the goodness gap between positive and negative data on XOR', () => {
    const rng = createRng(1);
    let net = createFfNet([4, 16, 16], rng);
    const before = ffGoodnessGap(net, ffXor, 2);
    let lossPerLayer: number[] = [];
    let firstLoss: number[] = [];
    for (let epoch = 0; epoch < 600; epoch++) {
      ({ net, lossPerLayer } = ffTrainEpoch(net, ffXor, 2, 0.3, rng));
      if (epoch === 0) firstLoss = lossPerLayer;
    }
    expect(ffGoodnessGap(net, ffXor, 2)).toBeGreaterThan(before + 1);
    expect(lossPerLayer[0]).toBeLessThan(firstLoss[0]!);
    for (const p of XOR_POINTS) expect(ffClassify(net, p.x, 2)).toBe(p.label);
  });

  it('is a pure step: the old net is unchanged', () => {
    const net = createFfNet([4, 3], createRng(2));
    const snapshot = Array.from(net.layers[0]!.weights);
    ffTrainStep(net, [ffEmbed([1, 0], 1, 2)], [ffEmbed([1, 0], 0, 2)], 0.5);
    expect(Array.from(net.layers[0]!.weights)).toEqual(snapshot);
  });
});
