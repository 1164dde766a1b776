/**
 * Named states for the essay's scroll steps. A scene replaces the whole
 * layer (sizes and lists together), so it never meets lists of another size.
 */
import type { LinearLayerParams } from './schema';
import { BIAS_PATTERN, INPUT_PATTERN, WEIGHT_PATTERN } from './schema';

function layer(n: number, k: number, patch: Partial<LinearLayerParams> = {}): LinearLayerParams {
  return {
    n,
    k,
    x: INPUT_PATTERN.slice(0, k),
    w: WEIGHT_PATTERN.slice(0, n).flatMap((row) => row.slice(0, k)),
    b: BIAS_PATTERN.slice(0, n),
    act: 'identity',
    row: 0,
    ...patch,
  };
}

/** The essay's numbers (content/SCENES.md): three inputs, the first two rows of the pattern, no bias yet. */
const X = [1, 0.5, -1];
const W2 = [0.8, -0.5, 0.3, -0.2, 0.9, 0.6];

export const scenes: Record<string, Partial<LinearLayerParams>> = {
  /** One neuron: a single row of W, one dot product (z₀ = 0.25). */
  'one-neuron': layer(1, 3, { x: X, w: W2.slice(0, 3), b: [0] }),
  /** A second neuron: W is a 2 × 3 grid, row 0 lit (z = 0.25, −0.35). */
  layer: layer(2, 3, { x: X, w: W2, b: [0, 0] }),
  /** The same layer with row 1 lit: a row of W is one neuron. */
  'second-row': layer(2, 3, { x: X, w: W2, b: [0, 0], row: 1 }),
  /** Biases added (z = 0.35, −0.65). */
  bias: layer(2, 3, { x: X, w: W2, b: [0.1, -0.3] }),
  /** ReLU applied: neuron 1 passes 0.35, neuron 2 is silenced at 0. */
  activation: layer(2, 3, { x: X, w: W2, b: [0.1, -0.3], act: 'relu' }),
  /** Sigmoid, with a third neuron pushed into saturation. */
  saturation: layer(3, 3, { act: 'sigmoid', w: [...W2, 2.5, 1.5, -2.5], row: 2 }),
  /** The step function: every output is 0 or 1, like all-or-none firing. */
  step: layer(3, 3, { act: 'step' }),
  /** A wider layer: three neurons read the same three inputs. */
  'three-neurons': layer(3, 3),
  /** The largest layer, 8 × 8. */
  wide: layer(8, 8),
};
