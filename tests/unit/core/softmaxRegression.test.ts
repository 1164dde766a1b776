import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  argmax,
  cloneSoftmaxModel,
  createRng,
  createSoftmaxModel,
  createSoftmaxWorkspace,
  crossEntropy,
  logSumExp,
  nonzeroIndices,
  shuffleInPlace,
  shuffled,
  shuffledOrder,
  softmax,
  softmaxAccuracy,
  softmaxCrossEntropyGradient,
  softmaxLogits,
  softmaxPredict,
  softmaxSgdStep,
  softmaxTrainEpoch,
  type LabelledSet,
  type SoftmaxModel,
} from '../../../src/core';

const finite = fc.double({ min: -50, max: 50, noNaN: true });
const sum = (v: ArrayLike<number>): number => Array.from(v).reduce((s, x) => s + x, 0);

describe('softmax and cross-entropy', () => {
  it('gives exact probabilities on small cases', () => {
    expect(Array.from(softmax([0, 0]))).toEqual([0.5, 0.5]);
    const p = softmax([0, Math.log(3)]);
    expect(p[0]).toBeCloseTo(0.25, 15);
    expect(p[1]).toBeCloseTo(0.75, 15);
    const q = softmax([1, 2, 3]);
    const e = [Math.exp(1), Math.exp(2), Math.exp(3)];
    q.forEach((v, i) => expect(v).toBeCloseTo(e[i] / sum(e), 15));
    expect(crossEntropy([0, 0, 0, 0], 2)).toBeCloseTo(Math.log(4), 15);
    expect(crossEntropy([0, Math.log(3)], 1)).toBeCloseTo(-Math.log(0.75), 15);
    expect(logSumExp([Math.log(2), Math.log(3)])).toBeCloseTo(Math.log(5), 15);
  });

  it('sums to one and is unchanged by adding a constant to every logit', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 12 }), fc.double({ min: -500, max: 500, noNaN: true }), (z, c) => {
        const p = softmax(z);
        const shifted = softmax(z.map((v) => v + c));
        expect(sum(p)).toBeCloseTo(1, 12);
        p.forEach((v, i) => expect(shifted[i]).toBeCloseTo(v, 9));
        expect(
          crossEntropy(
            z.map((v) => v + c),
            0,
          ),
        ).toBeCloseTo(crossEntropy(z, 0), 9);
      }),
    );
  });

  it('stays finite at large logits, where a naive exp overflows', () => {
    expect(Math.exp(1000)).toBe(Infinity);
    expect(Array.from(softmax([1000, 1000, -1000]))).toEqual([0.5, 0.5, 0]);
    const low = softmax([-1e6, -1e6 + Math.log(3)]);
    expect(low[0]).toBeCloseTo(0.25, 9);
    expect(low[1]).toBeCloseTo(0.75, 9);
    expect(logSumExp([1000, 1000])).toBeCloseTo(1000 + Math.log(2), 12);
    expect(crossEntropy([1000, 0], 1)).toBe(1000);
    expect(crossEntropy([1000, 0], 0)).toBe(0);
    expect(logSumExp([])).toBe(-Infinity);
    expect(logSumExp([-Infinity, -Infinity])).toBe(-Infinity);
  });

  it('writes in place when out is z', () => {
    const z = new Float64Array([0, 0]);
    expect(softmax(z, z)).toBe(z);
    expect(Array.from(z)).toEqual([0.5, 0.5]);
  });

  it('rejects a label that is not a class', () => {
    expect(() => crossEntropy([0, 0], 2)).toThrow(RangeError);
    expect(() => crossEntropy([0, 0], -1)).toThrow(RangeError);
    expect(() => crossEntropy([0, 0], 0.5)).toThrow(/not a class 0…1/);
  });

  it('argmax takes the first of ties and −1 for nothing', () => {
    expect(argmax([1, 3, 3, 2])).toBe(1);
    expect(argmax([])).toBe(-1);
  });
});

// Central differences (f(p + h) − f(p − h)) / 2h of f at p, one parameter at a time.
function numericGradient(f: (p: number[]) => number, p: number[], h = 1e-5): number[] {
  return p.map((_, i) => {
    const plus = p.slice();
    const minus = p.slice();
    plus[i] += h;
    minus[i] -= h;
    return (f(plus) - f(minus)) / (2 * h);
  });
}

describe('the gradient of the cross-entropy of a linear layer', () => {
  it('matches central finite differences for W and b (any shape)', () => {
    const shapes = fc.record({ n: fc.integer({ min: 2, max: 6 }), k: fc.integer({ min: 1, max: 6 }) }).chain(({ n, k }) =>
      fc.record({
        n: fc.constant(n),
        k: fc.constant(k),
        w: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: n * k, maxLength: n * k }),
        b: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: n, maxLength: n }),
        x: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: k, maxLength: k }),
        label: fc.integer({ min: 0, max: n - 1 }),
      }),
    );
    fc.assert(
      fc.property(shapes, ({ n, k, w, b, x, label }) => {
        const { loss, dW, db, probabilities } = softmaxCrossEntropyGradient(w, b, x, label, n, k);
        const lossAt = (w2: number[], b2: number[]): number => softmaxCrossEntropyGradient(w2, b2, x, label, n, k).loss;
        expect(loss).toBeCloseTo(-Math.log(probabilities[label]), 9);
        numericGradient((w2) => lossAt(w2, b), w).forEach((g, i) => expect(dW[i]).toBeCloseTo(g, 6));
        numericGradient((b2) => lossAt(w, b2), b).forEach((g, i) => expect(db[i]).toBeCloseTo(g, 6));
      }),
      { numRuns: 40 },
    );
  });

  it('is p − onehot on a small exact case', () => {
    // W = 0, b = 0: p is uniform, so ∂L/∂b = [1/2 − 1, 1/2] and ∂L/∂W = ∂L/∂b · xᵀ.
    const { db, dW, loss } = softmaxCrossEntropyGradient([0, 0, 0, 0], [0, 0], [2, -1], 0, 2, 2);
    expect(Array.from(db)).toEqual([-0.5, 0.5]);
    expect(Array.from(dW)).toEqual([-1, 0.5, 1, -0.5]);
    expect(loss).toBeCloseTo(Math.log(2), 15);
  });
});

// Three well-separated clusters in 4 dimensions, mostly zeros (like pixels).
function clusters(count: number, seed: number): LabelledSet {
  const rng = createRng(seed);
  const inputs: Float64Array[] = [];
  const labels: number[] = [];
  for (let e = 0; e < count; e++) {
    const label = e % 3;
    const x = new Float64Array(4);
    x[label] = 200 + 55 * rng.next();
    if (rng.next() < 0.5) x[3] = 255 * rng.next();
    inputs.push(x);
    labels.push(label);
  }
  return { inputs, labels, inputScale: 1 / 255 };
}

const withSupport = (set: LabelledSet): LabelledSet => ({ ...set, support: set.inputs.map(nonzeroIndices) });

describe('softmax regression', () => {
  it('initialises from the seed: same seed, same weights; float32 by default; zero biases', () => {
    const a = createSoftmaxModel(3, 5, createRng(7));
    const b = createSoftmaxModel(3, 5, createRng(7));
    const c = createSoftmaxModel(3, 5, createRng(8));
    expect(a.weights).toBeInstanceOf(Float32Array);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(Array.from(a.weights)).not.toEqual(Array.from(c.weights));
    expect(Array.from(a.biases)).toEqual([0, 0, 0]);
    const wide = createSoftmaxModel(10, 784, createRng(1), { weightStd: 0.01, precision: 'float64' });
    expect(wide.weights).toBeInstanceOf(Float64Array);
    const std = Math.sqrt(sum(Array.from(wide.weights, (v) => v * v)) / wide.weights.length);
    expect(std).toBeGreaterThan(0.009);
    expect(std).toBeLessThan(0.011);
    expect(() => createSoftmaxModel(0, 3, createRng(1))).toThrow(RangeError);
    expect(() => createSoftmaxModel(2, 1.5, createRng(1))).toThrow(RangeError);
  });

  it('computes logits and predictions through the layer (scaled input plus bias)', () => {
    const model: SoftmaxModel = { weights: new Float64Array([1, 0, 0, 2]), biases: new Float64Array([0.5, -1]), n: 2, k: 2 };
    expect(Array.from(softmaxLogits(model, [255, 255], 1 / 255))).toEqual([1.5, 1]);
    const { logits, probabilities, predicted } = softmaxPredict(model, [0, 2]);
    expect(Array.from(logits)).toEqual([0.5, 3]);
    expect(predicted).toBe(1);
    expect(probabilities[1]).toBeCloseTo(1 / (1 + Math.exp(-2.5)), 12);
    const copy = cloneSoftmaxModel(model);
    copy.weights[0] = 9;
    expect(model.weights[0]).toBe(1);
  });

  it('one SGD step subtracts η times the mean reference gradient, in place, dense or over the support', () => {
    const set = clusters(5, 3);
    const start = createSoftmaxModel(3, 4, createRng(5), { precision: 'float64', weightStd: 0.5 });
    const order = [4, 0, 2, 1, 3];
    const eta = 0.7;
    const expectedW = Array.from(start.weights);
    const expectedB = Array.from(start.biases);
    let expectedLoss = 0;
    for (const e of order.slice(1, 4)) {
      const x = Array.from(set.inputs[e], (v) => v / 255);
      const g = softmaxCrossEntropyGradient(start.weights, start.biases, x, set.labels[e], 3, 4);
      expectedLoss += g.loss / 3;
      g.dW.forEach((d, i) => (expectedW[i] -= (eta * d) / 3));
      g.db.forEach((d, i) => (expectedB[i] -= (eta * d) / 3));
    }
    for (const data of [set, withSupport(set)]) {
      const model = cloneSoftmaxModel(start);
      const weights = model.weights;
      const loss = softmaxSgdStep(model, data, order, 1, 4, eta, createSoftmaxWorkspace(3, 8));
      expect(model.weights).toBe(weights);
      expect(loss).toBeCloseTo(expectedLoss, 12);
      model.weights.forEach((v, i) => expect(v).toBeCloseTo(expectedW[i], 12));
      model.biases.forEach((v, i) => expect(v).toBeCloseTo(expectedB[i], 12));
    }
  });

  it('does nothing on an empty batch and refuses a batch larger than its workspace', () => {
    const model = createSoftmaxModel(3, 4, createRng(1));
    const before = Array.from(model.weights);
    expect(softmaxSgdStep(model, clusters(3, 1), [0, 1, 2], 2, 2, 1)).toBe(0);
    expect(Array.from(model.weights)).toEqual(before);
    expect(() => softmaxSgdStep(model, clusters(3, 1), [0, 1, 2], 0, 3, 1, createSoftmaxWorkspace(3, 2))).toThrow(/exceeds/);
    expect(() => softmaxSgdStep(model, { inputs: [[1, 0, 0, 0]], labels: [3] }, [0], 0, 1, 1)).toThrow(RangeError);
  });

  it('learns separable clusters to full accuracy, and the same seed gives the same run', () => {
    const train = withSupport(clusters(60, 1));
    const test = clusters(30, 2);
    const run = (seed: number): { model: SoftmaxModel; losses: number[] } => {
      const rng = createRng(seed);
      const model = createSoftmaxModel(3, 4, rng);
      const losses: number[] = [];
      const workspace = createSoftmaxWorkspace(3, 8);
      const order = new Uint32Array(60);
      for (let epoch = 0; epoch < 30; epoch++) {
        losses.push(softmaxTrainEpoch(model, train, rng, { learningRate: 1, batchSize: 8, workspace, order }).loss);
      }
      return { model, losses };
    };
    const a = run(11);
    const b = run(11);
    const c = run(12);
    expect(Array.from(a.model.weights)).toEqual(Array.from(b.model.weights));
    expect(a.losses).toEqual(b.losses);
    expect(Array.from(a.model.weights)).not.toEqual(Array.from(c.model.weights));
    expect(a.losses[29]).toBeLessThan(a.losses[0] / 4);
    expect(softmaxAccuracy(a.model, test)).toBe(1);
    expect(softmaxAccuracy(a.model, withSupport(test))).toBe(1);
  });

  it('reports an epoch of an empty set as zero loss, zero steps, and its accuracy as 0', () => {
    const model = createSoftmaxModel(3, 4, createRng(1));
    const empty: LabelledSet = { inputs: [], labels: [] };
    expect(softmaxTrainEpoch(model, empty, createRng(1), { learningRate: 1 })).toEqual({ loss: 0, steps: 0 });
    expect(softmaxAccuracy(model, empty)).toBe(0);
    expect(softmaxTrainEpoch(model, clusters(70, 1), createRng(1), { learningRate: 1 }).steps).toBe(3);
  });

  it('counts accuracy exactly', () => {
    const model: SoftmaxModel = { weights: new Float32Array([1, 0, 0, 1]), biases: new Float32Array(2), n: 2, k: 2 };
    const set: LabelledSet = {
      inputs: [
        [1, 0],
        [0, 1],
        [2, 1],
        [0, 3],
      ],
      labels: [0, 1, 1, 0],
    };
    expect(softmaxAccuracy(model, set)).toBe(0.5);
  });
});

describe('seeded shuffles', () => {
  it('shuffledOrder is a permutation, the same for a seed, and the same sequence as shuffled', () => {
    const a = shuffledOrder(50, createRng(3));
    expect(Array.from(a).sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(Array.from(shuffledOrder(50, createRng(3)))).toEqual(Array.from(a));
    expect(Array.from(shuffledOrder(50, createRng(4)))).not.toEqual(Array.from(a));
    expect(
      shuffled(
        Array.from({ length: 50 }, (_, i) => i),
        createRng(3),
      ),
    ).toEqual(Array.from(a));
    const items = ['a', 'b', 'c'];
    expect(shuffleInPlace(items, createRng(1))).toBe(items);
  });

  it('nonzeroIndices lists the nonzero entries in order', () => {
    expect(Array.from(nonzeroIndices([0, 3, 0, 0, 1, 0]))).toEqual([1, 4]);
    expect(nonzeroIndices(new Uint8Array(4)).length).toBe(0);
  });
});
