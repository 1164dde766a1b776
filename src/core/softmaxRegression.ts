/**
 * Softmax regression (multinomial logistic regression): one linear layer
 * z = W·x + b with W ∈ R^{n×k} row-major (a row is a neuron, here one per
 * class), p = softmax(z), trained on the cross-entropy −log p[label] by
 * mini-batch SGD. The training step updates W and b in place and allocates
 * nothing per example, so it can run 784 → 10 on thousands of digits in a
 * Web Worker.
 */
import { layerBackward, layerForward } from './layer';
import { matVec, type Vector } from './linalg';
import { shuffleInPlace, type Rng } from './random';

/** log Σ exp(zᵢ), computed as max + log Σ exp(zᵢ − max) so it never overflows. */
export function logSumExp(z: Vector): number {
  if (z.length === 0) return -Infinity;
  const max = maxOf(z);
  if (!Number.isFinite(max)) return max;
  let sum = 0;
  for (let i = 0; i < z.length; i++) sum += Math.exp(z[i] - max);
  return max + Math.log(sum);
}

/**
 * pᵢ = exp(zᵢ) / Σ exp(zⱼ), computed on z − max(z) (the same p: softmax is
 * invariant to a constant shift) so large logits neither overflow nor give NaN.
 * Writes into `out` when given; `out` may be `z` itself.
 */
export function softmax(z: Vector, out: Float64Array = new Float64Array(z.length)): Float64Array {
  const max = maxOf(z);
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    const e = Math.exp(z[i] - max);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < z.length; i++) out[i] /= sum;
  return out;
}

/** Cross-entropy of the softmax of `logits` against a class: −log p[label] = logSumExp(z) − z[label]. */
export function crossEntropy(logits: Vector, label: number): number {
  checkLabel(label, logits.length);
  return logSumExp(logits) - logits[label];
}

/** Index of the largest entry (the first one on a tie); −1 for an empty vector. */
export function argmax(v: Vector): number {
  let best = v.length > 0 ? 0 : -1;
  for (let i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
  return best;
}

/** Weights stored as 32- or 64-bit floats (32-bit halves the memory and the copy to a worker's client). */
export type WeightArray = Float32Array | Float64Array;

/** A softmax-regression model: n classes (rows, neurons), k inputs. */
export interface SoftmaxModel {
  /** n×k row-major: row i is class i's weights (its neuron's receptive field). */
  weights: WeightArray;
  biases: WeightArray;
  n: number;
  k: number;
}

/** Options of `createSoftmaxModel`. */
export interface SoftmaxInit {
  /** Standard deviation of the initial weights (default 0.01: small, so the learned templates emerge from faint noise). */
  weightStd?: number;
  /** 'float32' (default) or 'float64'. */
  precision?: 'float32' | 'float64';
}

/** A model with weights drawn from N(0, weightStd²) by `rng` (so a seed reproduces the run) and zero biases. */
export function createSoftmaxModel(n: number, k: number, rng: Rng, init: SoftmaxInit = {}): SoftmaxModel {
  if (!Number.isInteger(n) || !Number.isInteger(k) || n < 1 || k < 1) {
    throw new RangeError(`a softmax model needs n ≥ 1 classes and k ≥ 1 inputs, got n = ${n}, k = ${k}`);
  }
  const std = init.weightStd ?? 0.01;
  const Float = init.precision === 'float64' ? Float64Array : Float32Array;
  const weights = new Float(n * k);
  for (let i = 0; i < weights.length; i++) weights[i] = std * rng.normal();
  return { weights, biases: new Float(n), n, k };
}

/** A copy of a model (its arrays copied), e.g. to post a snapshot to the page. */
export function cloneSoftmaxModel(model: SoftmaxModel): SoftmaxModel {
  return { ...model, weights: model.weights.slice(), biases: model.biases.slice() };
}

/** z = W·(s·x) + b, the pre-activations (logits) for one input, with s = `inputScale` (1/255 for uint8 pixels). */
export function softmaxLogits(model: SoftmaxModel, x: Vector, inputScale = 1, out: Float64Array = new Float64Array(model.n)): Float64Array {
  matVec(model.weights, x, model.n, model.k, out);
  for (let i = 0; i < model.n; i++) out[i] = out[i] * inputScale + model.biases[i];
  return out;
}

/** Logits, class probabilities and the predicted class for one input (e.g. a drawn digit). */
export function softmaxPredict(model: SoftmaxModel, x: Vector, inputScale = 1): { logits: Float64Array; probabilities: Float64Array; predicted: number } {
  const logits = softmaxLogits(model, x, inputScale);
  return { logits, probabilities: softmax(logits), predicted: argmax(logits) };
}

/**
 * Loss and gradients for one example, from the layer's own backward pass:
 * ∂L/∂z = p − onehot(label), so ∂L/∂W = (p − onehot)·xᵀ and ∂L/∂b = p − onehot.
 * Allocates; the reference the fast `softmaxSgdStep` is tested against.
 */
export function softmaxCrossEntropyGradient(
  w: Vector,
  b: Vector,
  x: Vector,
  label: number,
  n: number,
  k: number,
): { loss: number; probabilities: Float64Array; dW: Float64Array; db: Float64Array; dx: Float64Array } {
  checkLabel(label, n);
  const { z } = layerForward(w, b, x, n, k);
  const probabilities = softmax(z);
  const dLdz = probabilities.slice();
  dLdz[label] -= 1;
  const { dW, db, dx } = layerBackward(w, x, z, dLdz, n, k);
  return { loss: crossEntropy(z, label), probabilities, dW, db, dx };
}

/** Labelled examples: `inputs[e]` (length k) has class `labels[e]`; every input is multiplied by `inputScale`. */
export interface LabelledSet {
  inputs: readonly Vector[];
  labels: ArrayLike<number>;
  /** Multiplies every input (1/255 for uint8 pixels); default 1. */
  inputScale?: number;
  /**
   * The indices of each input's nonzero entries (`nonzeroIndices`). When given,
   * training and accuracy read only those: about 5× faster on digits, whose
   * pixels are mostly background.
   */
  support?: readonly ArrayLike<number>[];
}

/** The indices j with x[j] ≠ 0, in order. */
export function nonzeroIndices(x: Vector): Uint32Array {
  let count = 0;
  for (let j = 0; j < x.length; j++) if (x[j] !== 0) count++;
  const out = new Uint32Array(count);
  for (let j = 0, t = 0; j < x.length; j++) if (x[j] !== 0) out[t++] = j;
  return out;
}

/** Scratch memory for training, allocated once per model shape and batch size. */
export interface SoftmaxWorkspace {
  /** Logits, then probabilities, of one example. */
  z: Float64Array;
  /** ∂L/∂z of every example in the batch, batchSize × n. */
  deltas: Float64Array;
  batchSize: number;
}

/** Scratch memory for `softmaxSgdStep` and `softmaxAccuracy`. */
export function createSoftmaxWorkspace(n: number, batchSize: number): SoftmaxWorkspace {
  return { z: new Float64Array(n), deltas: new Float64Array(n * batchSize), batchSize };
}

/** A random order of the examples 0…count−1 from `rng` (Fisher–Yates), for one epoch. */
export function shuffledOrder(count: number, rng: Rng, out: Uint32Array = new Uint32Array(count)): Uint32Array {
  for (let i = 0; i < count; i++) out[i] = i;
  return shuffleInPlace(out, rng);
}

/**
 * One mini-batch SGD step, in place: the examples order[start…end) are the
 * batch; W ← W − η·mean(∂L/∂W), b ← b − η·mean(∂L/∂b), with the gradients
 * taken at the W before the step. Returns the batch's mean cross-entropy
 * before the step. Allocates nothing when given a workspace.
 */
export function softmaxSgdStep(
  model: SoftmaxModel,
  set: LabelledSet,
  order: ArrayLike<number>,
  start: number,
  end: number,
  learningRate: number,
  workspace: SoftmaxWorkspace = createSoftmaxWorkspace(model.n, end - start),
): number {
  const { weights, biases, n, k } = model;
  const batch = end - start;
  if (batch <= 0) return 0;
  if (batch > workspace.batchSize) throw new RangeError(`a batch of ${batch} exceeds the workspace's ${workspace.batchSize}`);
  const scale = set.inputScale ?? 1;
  const { z, deltas } = workspace;
  let loss = 0;
  // Forward: δ = p − onehot(label) for each example.
  for (let e = 0; e < batch; e++) {
    const example = order[start + e];
    const label = set.labels[example];
    checkLabel(label, n);
    exampleLogits(model, set, example, z);
    loss += crossEntropy(z, label);
    softmax(z, z);
    z[label] -= 1;
    for (let i = 0; i < n; i++) deltas[e * n + i] = z[i];
  }
  // Update: W[i,·] −= (η/B)·Σₑ δₑ[i]·s·xₑ, one row (neuron) at a time.
  const step = learningRate / batch;
  for (let i = 0; i < n; i++) {
    const row = i * k;
    let biasGrad = 0;
    for (let e = 0; e < batch; e++) {
      const delta = deltas[e * n + i];
      if (delta === 0) continue;
      biasGrad += delta;
      const example = order[start + e];
      const x = set.inputs[example];
      const factor = step * delta * scale;
      const support = set.support?.[example];
      if (support) {
        for (let t = 0; t < support.length; t++) {
          const j = support[t];
          weights[row + j] -= factor * x[j];
        }
      } else for (let j = 0; j < k; j++) weights[row + j] -= factor * x[j];
    }
    biases[i] -= step * biasGrad;
  }
  return loss / batch;
}

/** Options of `softmaxTrainEpoch`. */
export interface SoftmaxTraining {
  learningRate: number;
  /** Examples per SGD step (default 32). */
  batchSize?: number;
  workspace?: SoftmaxWorkspace;
  /** Reused for the epoch's shuffled order when given (length = number of examples). */
  order?: Uint32Array;
}

/** One epoch: shuffles the examples with `rng`, then one SGD step per mini-batch. Returns the mean loss and the step count. */
export function softmaxTrainEpoch(model: SoftmaxModel, set: LabelledSet, rng: Rng, options: SoftmaxTraining): { loss: number; steps: number } {
  const count = set.inputs.length;
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 32));
  const workspace = options.workspace ?? createSoftmaxWorkspace(model.n, batchSize);
  const order = shuffledOrder(count, rng, options.order);
  let total = 0;
  let steps = 0;
  for (let start = 0; start < count; start += batchSize) {
    const end = Math.min(count, start + batchSize);
    total += softmaxSgdStep(model, set, order, start, end, options.learningRate, workspace) * (end - start);
    steps++;
  }
  return { loss: count > 0 ? total / count : 0, steps };
}

/** Fraction of the set whose most probable class is its label (0 for an empty set). */
export function softmaxAccuracy(model: SoftmaxModel, set: LabelledSet, z: Float64Array = new Float64Array(model.n)): number {
  const count = set.inputs.length;
  let correct = 0;
  for (let e = 0; e < count; e++) {
    exampleLogits(model, set, e, z);
    if (argmax(z) === set.labels[e]) correct++;
  }
  return count > 0 ? correct / count : 0;
}

// Logits of one example of a set, over its support when the set has one.
function exampleLogits(model: SoftmaxModel, set: LabelledSet, example: number, out: Float64Array): Float64Array {
  const x = set.inputs[example];
  const support = set.support?.[example];
  const scale = set.inputScale ?? 1;
  if (!support) return softmaxLogits(model, x, scale, out);
  const { weights, biases, n, k } = model;
  for (let i = 0; i < n; i++) {
    const row = i * k;
    let sum = 0;
    for (let t = 0; t < support.length; t++) {
      const j = support[t];
      sum += weights[row + j] * x[j];
    }
    out[i] = sum * scale + biases[i];
  }
  return out;
}

function maxOf(z: Vector): number {
  let max = -Infinity;
  for (let i = 0; i < z.length; i++) if (z[i] > max) max = z[i];
  return max;
}

function checkLabel(label: number, n: number): void {
  if (!Number.isInteger(label) || label < 0 || label >= n) throw new RangeError(`label ${label} is not a class 0…${n - 1}`);
}
