/**
 * The artificial neuron's layer: z = W·x + b, y = f(z), W ∈ R^{n×k} row-major
 * (a row is a neuron), and its backward pass.
 */
import { activationOf, type Activation, type ActivationId } from './activations';
import { matTVec, matVec, type Vector } from './linalg';

/** Pre-activations z and outputs y of a layer. */
export interface LayerOutput {
  z: Float64Array;
  y: Float64Array;
}

/** Forward pass of a layer: z = W·x + b, y = f(z). */
export function layerForward(w: Vector, b: Vector, x: Vector, n: number, k: number, activation: ActivationId | Activation = 'identity'): LayerOutput {
  if (b.length !== n) throw new RangeError(`b has ${b.length} entries, expected n = ${n}`);
  const f = activationOf(activation).f;
  const z = matVec(w, x, n, k);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    z[i] += b[i];
    y[i] = f(z[i]);
  }
  return { z, y };
}

/** Gradients of a loss with respect to a layer's W, b and input x. */
export interface LayerGradients {
  dW: Float64Array;
  db: Float64Array;
  dx: Float64Array;
}

/** Backward pass: from ∂L/∂y to ∂L/∂W = δ·xᵀ, ∂L/∂b = δ, ∂L/∂x = Wᵀ·δ with δ = ∂L/∂y ⊙ f′(z). */
export function layerBackward(
  w: Vector,
  x: Vector,
  z: Vector,
  dLdy: Vector,
  n: number,
  k: number,
  activation: ActivationId | Activation = 'identity',
): LayerGradients {
  const df = activationOf(activation).df;
  const db = new Float64Array(n);
  const dW = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const delta = dLdy[i] * df(z[i]);
    db[i] = delta;
    for (let j = 0; j < k; j++) dW[i * k + j] = delta * x[j];
  }
  return { dW, db, dx: matTVec(w, db, n, k) };
}
