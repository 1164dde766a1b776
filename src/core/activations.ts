/**
 * Activation functions as single objects: the function, its derivative and
 * its typeset formula travel together, so the math, the plot and the label
 * cannot disagree. The activation plays the role of the biological f–I curve.
 */

/** Ids of the built-in activations (public: the linear-layer `act` parameter). */
export type ActivationId = 'identity' | 'step' | 'relu' | 'sigmoid' | 'tanh';

/** An activation function with its derivative and LaTeX formula. */
export interface Activation {
  id: ActivationId;
  label: string;
  f: (z: number) => number;
  /** Derivative; at kinks (step at 0, ReLU at 0) the convention is 0. */
  df: (z: number) => number;
  tex: string;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** The built-in activations, keyed by id. */
export const ACTIVATIONS: Readonly<Record<ActivationId, Activation>> = {
  identity: { id: 'identity', label: 'identity', f: (z) => z, df: () => 1, tex: 'f(z) = z' },
  step: {
    id: 'step',
    label: 'step (Heaviside)',
    f: (z) => (z >= 0 ? 1 : 0),
    df: () => 0,
    tex: 'f(z) = \\begin{cases} 1 & z \\ge 0 \\\\ 0 & z < 0 \\end{cases}',
  },
  relu: { id: 'relu', label: 'ReLU', f: (z) => (z > 0 ? z : 0), df: (z) => (z > 0 ? 1 : 0), tex: 'f(z) = \\max(0, z)' },
  sigmoid: {
    id: 'sigmoid',
    label: 'sigmoid',
    f: sigmoid,
    df: (z) => {
      const s = sigmoid(z);
      return s * (1 - s);
    },
    tex: '\\sigma(z) = \\frac{1}{1 + e^{-z}}',
  },
  tanh: {
    id: 'tanh',
    label: 'tanh',
    f: Math.tanh,
    df: (z) => 1 - Math.tanh(z) ** 2,
    tex: 'f(z) = \\tanh(z)',
  },
};

/** All activation ids, in table order. */
export const ACTIVATION_IDS: readonly ActivationId[] = ['identity', 'step', 'relu', 'sigmoid', 'tanh'];

/** Resolves an id or an activation object to the object. */
export function activationOf(activation: ActivationId | Activation): Activation {
  return typeof activation === 'string' ? ACTIVATIONS[activation] : activation;
}
