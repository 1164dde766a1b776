/**
 * Rosenblatt's perceptron rule (Rosenblatt 1958, Psychol. Rev. 65:386):
 * w ← w + η·(t − y)·x, b ← b + η·(t − y), with y = step(w·x + b). It converges
 * when the classes are linearly separable and cycles forever on XOR.
 */
import { dot } from './linalg';

/** Perceptron weights: `weights` for the inputs, plus a bias. */
export interface PerceptronWeights {
  weights: readonly number[];
  bias: number;
}

/** A labelled point of any dimension. */
export interface PerceptronPoint {
  x: readonly number[];
  label: 0 | 1;
}

/** Output of the unit: 1 if w·x + b ≥ 0, else 0. */
export function perceptronPredict(p: PerceptronWeights, x: readonly number[]): 0 | 1 {
  return dot(p.weights, x) + p.bias >= 0 ? 1 : 0;
}

/** One application of the perceptron rule to one point; returns new weights. */
export function perceptronStep(p: PerceptronWeights, point: PerceptronPoint, learningRate = 1): PerceptronWeights {
  const error = point.label - perceptronPredict(p, point.x);
  if (error === 0) return p;
  return {
    weights: p.weights.map((w, j) => w + learningRate * error * point.x[j]),
    bias: p.bias + learningRate * error,
  };
}

/** Fraction of points classified correctly. */
export function perceptronAccuracy(p: PerceptronWeights, points: readonly PerceptronPoint[]): number {
  if (points.length === 0) return 0;
  return points.filter((pt) => perceptronPredict(p, pt.x) === pt.label).length / points.length;
}

/** Trains from zero weights (or `initial`) for `epochs` passes in order; reports accuracy after each epoch. */
export function trainPerceptron(
  points: readonly PerceptronPoint[],
  epochs: number,
  learningRate = 1,
  initial?: PerceptronWeights,
): { weights: PerceptronWeights; accuracyPerEpoch: number[]; history: PerceptronWeights[] } {
  let p: PerceptronWeights = initial ?? { weights: new Array(points[0]?.x.length ?? 0).fill(0), bias: 0 };
  const accuracyPerEpoch: number[] = [];
  const history: PerceptronWeights[] = [];
  for (let e = 0; e < epochs; e++) {
    for (const point of points) p = perceptronStep(p, point, learningRate);
    accuracyPerEpoch.push(perceptronAccuracy(p, points));
    history.push(p);
  }
  return { weights: p, accuracyPerEpoch, history };
}
