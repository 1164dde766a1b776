/**
 * The forward–forward algorithm (Hinton 2022, arXiv:2212.13345): no backward
 * pass through the net. Each layer sees two kinds of data and learns on its
 * own, pushing its goodness G = Σ yᵢ² above a threshold θ for positive data
 * and below θ for negative data, with the logistic loss
 * −log σ(±(G − θ)). Each layer's input is length-normalised, so a layer can
 * only pass on the *direction* of the previous activity, not its goodness.
 *
 * Toy 2-D task: the label is embedded in the input as a one-hot code,
 * input = [x₁, x₂, onehot(label)]. Positive data = a point with its correct
 * label; negative data = the same point with a wrong label (drawn with the
 * rng). To classify, try every label and pick the one with the most goodness.
 */
import { layerBackward, layerForward } from './layer';
import { norm, type Vector } from './linalg';
import type { MlpLayer } from './mlp';
import type { Rng } from './random';

/** A forward–forward net: ReLU layers and the goodness threshold θ. */
export interface FfNet {
  sizes: readonly number[];
  layers: readonly MlpLayer[];
  thresholdGoodness: number;
}

/** A 2-D (or any-D) point with a class label in 0…numLabels−1. */
export interface FfSample {
  point: Vector;
  label: number;
}

/** Goodness of a layer's activity: Σ yᵢ². */
export function goodness(y: Vector): number {
  let g = 0;
  for (let i = 0; i < y.length; i++) g += y[i] * y[i];
  return g;
}

/** Creates a ReLU net with sizes [point length + numLabels, hidden…]; θ defaults to 2 (illustrative). */
export function createFfNet(sizes: readonly number[], rng: Rng, thresholdGoodness = 2): FfNet {
  const layers: MlpLayer[] = [];
  for (let l = 1; l < sizes.length; l++) {
    const k = sizes[l - 1];
    const n = sizes[l];
    const limit = Math.sqrt(6 / (k + n)); // Glorot-uniform, as in createMlp
    const weights = new Float64Array(n * k).map(() => (2 * rng.next() - 1) * limit);
    layers.push({ weights, biases: new Float64Array(n), n, k, activation: 'relu' });
  }
  return { sizes: sizes.slice(), layers, thresholdGoodness };
}

/** The input [point…, onehot(label)]. */
export function ffEmbed(point: Vector, label: number, numLabels: number): Float64Array {
  const out = new Float64Array(point.length + numLabels);
  for (let i = 0; i < point.length; i++) out[i] = point[i];
  out[point.length + label] = 1;
  return out;
}

// The small constant keeps a zero vector at zero (Hinton's reference code uses 1e-4).
function normalised(x: Vector): Float64Array {
  const scale = 1 / (norm(x) + 1e-4);
  return Float64Array.from(x, (v) => v * scale);
}

/** Runs the net on one embedded input: each layer's (normalised) input, z, y and goodness. */
export function ffForward(net: FfNet, input: Vector): { inputs: Float64Array[]; z: Float64Array[]; y: Float64Array[]; goodness: number[] } {
  const inputs: Float64Array[] = [];
  const z: Float64Array[] = [];
  const y: Float64Array[] = [];
  let x: Vector = input;
  for (const layer of net.layers) {
    const normalisedInput = normalised(x);
    const out = layerForward(layer.weights, layer.biases, normalisedInput, layer.n, layer.k, layer.activation);
    inputs.push(normalisedInput);
    z.push(out.z);
    y.push(out.y);
    x = out.y;
  }
  return { inputs, z, y, goodness: y.map(goodness) };
}

const softplus = (x: number): number => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)));
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** One local update of every layer on a batch; returns the new net and each layer's mean loss before it. */
export function ffTrainStep(
  net: FfNet,
  positives: readonly Vector[],
  negatives: readonly Vector[],
  learningRate: number,
): { net: FfNet; lossPerLayer: number[] } {
  const layers = net.layers.map((l) => ({ ...l, weights: l.weights.slice(), biases: l.biases.slice() }));
  const lossPerLayer = new Array<number>(layers.length).fill(0);
  const count = positives.length + negatives.length;
  const scale = learningRate / Math.max(1, count);
  const learn = (input: Vector, sign: 1 | -1): void => {
    const pass = ffForward(net, input);
    net.layers.forEach((layer, l) => {
      const margin = sign * (pass.goodness[l] - net.thresholdGoodness);
      lossPerLayer[l] += softplus(-margin) / Math.max(1, count);
      // ∂/∂G of −log σ(s·(G − θ)) is −s·σ(−s·(G − θ)); ∂G/∂y = 2y.
      const dLdG = -sign * sigmoid(-margin);
      const dLdy = pass.y[l].map((v) => 2 * v * dLdG);
      const g = layerBackward(layer.weights, pass.inputs[l], pass.z[l], dLdy, layer.n, layer.k, layer.activation);
      const target = layers[l];
      for (let i = 0; i < g.dW.length; i++) target.weights[i] -= scale * g.dW[i];
      for (let i = 0; i < g.db.length; i++) target.biases[i] -= scale * g.db[i];
    });
  };
  for (const x of positives) learn(x, 1);
  for (const x of negatives) learn(x, -1);
  return { net: { ...net, layers }, lossPerLayer };
}

/** Positive inputs (correct labels) and negative inputs (a random wrong label each) for a data set. */
export function ffMakeData(data: readonly FfSample[], numLabels: number, rng: Rng): { positives: Float64Array[]; negatives: Float64Array[] } {
  const positives = data.map((d) => ffEmbed(d.point, d.label, numLabels));
  const negatives = data.map((d) => {
    const wrong = (d.label + 1 + Math.floor(rng.next() * (numLabels - 1))) % numLabels;
    return ffEmbed(d.point, wrong, numLabels);
  });
  return { positives, negatives };
}

/** One epoch: fresh negatives from `rng`, then one full-batch step. */
export function ffTrainEpoch(net: FfNet, data: readonly FfSample[], numLabels: number, learningRate: number, rng: Rng): { net: FfNet; lossPerLayer: number[] } {
  const { positives, negatives } = ffMakeData(data, numLabels, rng);
  return ffTrainStep(net, positives, negatives, learningRate);
}

/** Total goodness (all layers) of a point under each candidate label. */
export function ffScores(net: FfNet, point: Vector, numLabels: number): number[] {
  return Array.from({ length: numLabels }, (_, label) => ffForward(net, ffEmbed(point, label, numLabels)).goodness.reduce((a, b) => a + b, 0));
}

/** The label with the highest total goodness (ties: the lowest label). */
export function ffClassify(net: FfNet, point: Vector, numLabels: number): number {
  const scores = ffScores(net, point, numLabels);
  return scores.indexOf(Math.max(...scores));
}

/** Mean total goodness of positive data minus mean total goodness of negative data (all wrong labels). */
export function ffGoodnessGap(net: FfNet, data: readonly FfSample[], numLabels: number): number {
  let positive = 0;
  let negative = 0;
  for (const d of data) {
    const scores = ffScores(net, d.point, numLabels);
    scores.forEach((s, label) => {
      if (label === d.label) positive += s;
      else negative += s / (numLabels - 1);
    });
  }
  return (positive - negative) / Math.max(1, data.length);
}
