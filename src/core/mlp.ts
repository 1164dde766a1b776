/**
 * A tiny multi-layer perceptron trained by backpropagation and SGD. Training
 * steps return a new net rather than mutating, so a diagram can keep each
 * step in its state and animate training one step at a time.
 */
import type { ActivationId } from './activations';
import { layerBackward, layerForward } from './layer';
import { shuffled, type Rng } from './random';
import type { Vector } from './linalg';

/** One dense layer: n×k row-major weights, n biases. */
export interface MlpLayer {
  weights: Float64Array;
  biases: Float64Array;
  n: number;
  k: number;
  activation: ActivationId;
}

/** A multi-layer perceptron; sizes = [inputs, hidden…, outputs]. */
export interface Mlp {
  sizes: readonly number[];
  layers: readonly MlpLayer[];
}

/** Loss: mean squared error, or binary cross-entropy per output (needs outputs in (0, 1), e.g. sigmoid). */
export type LossKind = 'mse' | 'crossEntropy';

/** An input with its target output. */
export interface Sample {
  x: Vector;
  target: Vector;
}

/** Creates an MLP with Glorot-uniform weights from `rng` and zero biases. */
export function createMlp(sizes: readonly number[], rng: Rng, activations: { hidden?: ActivationId; output?: ActivationId } = {}): Mlp {
  if (sizes.length < 2) throw new RangeError('an MLP needs at least an input and an output size');
  const layers: MlpLayer[] = [];
  for (let l = 1; l < sizes.length; l++) {
    const k = sizes[l - 1];
    const n = sizes[l];
    // Glorot & Bengio 2010: keeps activation variance roughly equal across layers.
    const limit = Math.sqrt(6 / (k + n));
    const weights = new Float64Array(n * k).map(() => (2 * rng.next() - 1) * limit);
    const last = l === sizes.length - 1;
    layers.push({
      weights,
      biases: new Float64Array(n),
      n,
      k,
      activation: last ? (activations.output ?? 'sigmoid') : (activations.hidden ?? 'tanh'),
    });
  }
  return { sizes: sizes.slice(), layers };
}

/** Forward pass; returns every layer's z and y (the last y is the output). */
export function mlpForward(net: Mlp, x: Vector): { z: Float64Array[]; y: Float64Array[] } {
  const z: Float64Array[] = [];
  const y: Float64Array[] = [];
  let input: Vector = x;
  for (const layer of net.layers) {
    const out = layerForward(layer.weights, layer.biases, input, layer.n, layer.k, layer.activation);
    z.push(out.z);
    y.push(out.y);
    input = out.y;
  }
  return { z, y };
}

/** The net's output for one input. */
export function mlpPredict(net: Mlp, x: Vector): Float64Array {
  const { y } = mlpForward(net, x);
  return y[y.length - 1];
}

// Keeps log() finite when a sigmoid saturates.
const EPSILON = 1e-12;
const clampProbability = (p: number): number => Math.min(1 - EPSILON, Math.max(EPSILON, p));

/** Loss of an output against a target. */
export function lossValue(output: Vector, target: Vector, loss: LossKind): number {
  let sum = 0;
  for (let i = 0; i < output.length; i++) {
    if (loss === 'mse') sum += (output[i] - target[i]) ** 2 / output.length;
    else {
      const p = clampProbability(output[i]);
      sum -= target[i] * Math.log(p) + (1 - target[i]) * Math.log(1 - p);
    }
  }
  return sum;
}

/** ∂L/∂output. */
export function lossGradient(output: Vector, target: Vector, loss: LossKind): Float64Array {
  const grad = new Float64Array(output.length);
  for (let i = 0; i < output.length; i++) {
    if (loss === 'mse') grad[i] = (2 * (output[i] - target[i])) / output.length;
    else {
      const p = clampProbability(output[i]);
      grad[i] = (p - target[i]) / (p * (1 - p));
    }
  }
  return grad;
}

/** Gradients of one layer's parameters. */
export interface ParamGradients {
  dW: Float64Array;
  db: Float64Array;
}

/** Backpropagation for one sample: the loss and ∂L/∂W, ∂L/∂b of every layer. */
export function mlpGradients(net: Mlp, sample: Sample, loss: LossKind = 'mse'): { loss: number; layers: ParamGradients[] } {
  const { z, y } = mlpForward(net, sample.x);
  const output = y[y.length - 1];
  let upstream: Vector = lossGradient(output, sample.target, loss);
  const grads: ParamGradients[] = new Array(net.layers.length);
  for (let l = net.layers.length - 1; l >= 0; l--) {
    const layer = net.layers[l];
    const input = l === 0 ? sample.x : y[l - 1];
    const g = layerBackward(layer.weights, input, z[l], upstream, layer.n, layer.k, layer.activation);
    grads[l] = { dW: g.dW, db: g.db };
    upstream = g.dx;
  }
  return { loss: lossValue(output, sample.target, loss), layers: grads };
}

/** Returns the net after one SGD step on the batch's mean gradient, with the batch's mean loss before the step. */
export function mlpTrainStep(net: Mlp, batch: readonly Sample[], learningRate: number, loss: LossKind = 'mse'): { net: Mlp; loss: number } {
  const layers = net.layers.map((l) => ({ ...l, weights: l.weights.slice(), biases: l.biases.slice() }));
  let total = 0;
  const scale = learningRate / Math.max(1, batch.length);
  for (const sample of batch) {
    const g = mlpGradients(net, sample, loss);
    total += g.loss;
    g.layers.forEach((grad, l) => {
      const layer = layers[l];
      for (let i = 0; i < grad.dW.length; i++) layer.weights[i] -= scale * grad.dW[i];
      for (let i = 0; i < grad.db.length; i++) layer.biases[i] -= scale * grad.db[i];
    });
  }
  return { net: { sizes: net.sizes, layers }, loss: total / Math.max(1, batch.length) };
}

/** One epoch of SGD: shuffles with `rng`, then steps through mini-batches (default size 1). */
export function mlpTrainEpoch(
  net: Mlp,
  data: readonly Sample[],
  learningRate: number,
  rng: Rng,
  options: { batchSize?: number; loss?: LossKind } = {},
): { net: Mlp; loss: number } {
  const batchSize = Math.max(1, options.batchSize ?? 1);
  const order = shuffled(data, rng);
  let current = net;
  let total = 0;
  for (let start = 0; start < order.length; start += batchSize) {
    const batch = order.slice(start, start + batchSize);
    const step = mlpTrainStep(current, batch, learningRate, options.loss ?? 'mse');
    current = step.net;
    total += step.loss * batch.length;
  }
  return { net: current, loss: total / Math.max(1, data.length) };
}

/** Class of an input: for one output, 1 if it is ≥ 0.5; otherwise the index of the largest output. */
export function mlpClassify(net: Mlp, x: Vector): number {
  const out = mlpPredict(net, x);
  if (out.length === 1) return out[0] >= 0.5 ? 1 : 0;
  let best = 0;
  for (let i = 1; i < out.length; i++) if (out[i] > out[best]) best = i;
  return best;
}
