import { activationField } from '../../params/fields';
import { defineSchema, fitLength, type ParamsOf } from '../../params/schema';

/** Largest layer the diagram draws: 8 inputs, 8 neurons. */
export const MAX_SIZE = 8;

/**
 * The weights a new cell starts from, row i = neuron i + 1: mixed signs and
 * sizes, so any k × n layer the reader opens is worth looking at. The top-left
 * 2 × 3 block is the default layer.
 */
export const WEIGHT_PATTERN: readonly (readonly number[])[] = [
  [0.8, -0.5, 0.3, 0.4, -0.7, 0.2, -0.1, 0.6],
  [-0.2, 0.9, 0.6, -0.4, 0.1, -0.8, 0.5, 0.3],
  [0.5, 0.3, -0.9, 0.2, 0.6, 0.4, -0.3, -0.5],
  [-0.6, 0.2, 0.4, 0.8, -0.3, 0.1, 0.7, -0.2],
  [0.3, -0.8, 0.1, -0.5, 0.9, 0.6, -0.4, 0.2],
  [0.7, 0.4, -0.2, -0.6, 0.2, -0.9, 0.3, 0.8],
  [-0.4, 0.6, 0.5, 0.1, -0.2, 0.3, 0.9, -0.7],
  [0.2, -0.3, -0.7, 0.6, 0.4, -0.1, -0.6, 0.9],
];
/** Input values for inputs 1…8 (the first three are the default x). */
export const INPUT_PATTERN: readonly number[] = [1, 0.5, -1, 0.8, -0.3, 0.6, -0.7, 0.2];
/** Biases for neurons 1…8 (the first two are the default b). */
export const BIAS_PATTERN: readonly number[] = [0.1, -0.3, 0.2, 0, -0.1, 0.3, -0.2, 0.1];

/** The pattern's weight for neuron `i`, input `j` (0 outside it). */
export function patternWeight(i: number, j: number): number {
  return WEIGHT_PATTERN[i]?.[j] ?? 0;
}

/**
 * Reshape row-major weights from oldN × oldK to n × k, keeping every weight
 * that still has a place at (neuron i, input j); new places come from the pattern.
 */
export function reshapeWeights(w: readonly number[], oldN: number, oldK: number, n: number, k: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) out.push(i < oldN && j < oldK ? (w[i * oldK + j] ?? 0) : patternWeight(i, j));
  return out;
}

const DEFAULT_K = 3;
const DEFAULT_N = 2;

export const linearLayerSchema = defineSchema({
  fields: {
    k: {
      kind: 'number',
      label: 'Inputs k',
      description: 'Number of inputs, the length of x (1 to 8).',
      min: 1,
      max: MAX_SIZE,
      step: 1,
      integer: true,
      default: DEFAULT_K,
      hidden: true,
    },
    n: {
      kind: 'number',
      label: 'Neurons n',
      description: 'Number of neurons, the rows of W (1 to 8).',
      min: 1,
      max: MAX_SIZE,
      step: 1,
      integer: true,
      default: DEFAULT_N,
      hidden: true,
    },
    x: {
      kind: 'list',
      label: 'Inputs x',
      description: 'The k input values, comma-separated, each from −5 to 5.',
      min: -5,
      max: 5,
      step: 0.1,
      maxLength: MAX_SIZE,
      default: INPUT_PATTERN.slice(0, DEFAULT_K),
      hidden: true,
    },
    w: {
      kind: 'list',
      label: 'Weights W',
      description: 'The n·k weights, row by row (row i is neuron i), each from −5 to 5.',
      min: -5,
      max: 5,
      step: 0.1,
      maxLength: MAX_SIZE * MAX_SIZE,
      default: WEIGHT_PATTERN.slice(0, DEFAULT_N).flatMap((row) => row.slice(0, DEFAULT_K)),
      hidden: true,
    },
    b: {
      kind: 'list',
      label: 'Biases b',
      description: 'The n biases, one per neuron, each from −5 to 5.',
      min: -5,
      max: 5,
      step: 0.1,
      maxLength: MAX_SIZE,
      default: BIAS_PATTERN.slice(0, DEFAULT_N),
      hidden: true,
    },
    act: activationField('identity', { label: 'Activation f', hidden: true }),
    row: {
      kind: 'number',
      label: 'Highlighted neuron',
      description: 'The neuron (row of W) that is lit, counted from 0.',
      min: 0,
      max: MAX_SIZE - 1,
      step: 1,
      integer: true,
      default: 0,
      hidden: true,
    },
  },
  normalize(params, given) {
    const notices: string[] = [];
    const { k, n } = params;
    // Weights that came with the old size (the defaults, or a host's earlier state) keep their rows and columns.
    const oldK = params.x.length;
    const oldN = params.b.length;
    if (!given.has('w') && !given.has('x') && !given.has('b') && oldK * oldN === params.w.length && params.w.length !== n * k) {
      params.w = reshapeWeights(params.w, oldN, oldK, n, k);
    }
    if (fitLength(params.x, k, (j) => INPUT_PATTERN[j] ?? 0) && given.has('x')) notices.push(`“x” should have k = ${k} numbers; it was fitted.`);
    if (fitLength(params.w, n * k, (f) => patternWeight(Math.floor(f / k), f % k)) && given.has('w'))
      notices.push(`“w” should have n·k = ${n * k} numbers; it was fitted.`);
    if (fitLength(params.b, n, (i) => BIAS_PATTERN[i] ?? 0) && given.has('b')) notices.push(`“b” should have n = ${n} numbers; it was fitted.`);
    if (params.row > n - 1) {
      if (given.has('row')) notices.push(`“row” should be from 0 to ${n - 1}; using ${n - 1}.`);
      params.row = n - 1;
    }
    return notices;
  },
});

export type LinearLayerParams = ParamsOf<typeof linearLayerSchema.fields>;
