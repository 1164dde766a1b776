import { defineDiagram } from '../types';
import { xorSchema } from './schema';
import { XorView } from './View';

/** `xor`: no single linear-threshold unit solves XOR; a unit with a dendritic Ca²⁺ action potential does. */
export default defineDiagram({
  id: 'xor',
  title: 'XOR: one line is not enough, one dendrite is',
  description:
    'The four XOR points on a plane: (0, 1) and (1, 0) should give 1, (0, 0) and (1, 1) should give 0. Move the line of a linear-threshold unit with the sliders for w₁, w₂ and b, or drag it, and see it get at most 3 of 4 right; the perceptron rule, run epoch by epoch, never settles. Beside it, a unit with the non-monotonic dendritic Ca²⁺ action potential reported in human cortical neurons (Gidon et al. 2020) answers all four right; its response curve shows why.',
  schema: xorSchema,
  scenes: {
    points: { mode: 'linear', w1: 0, w2: 0, b: -0.5 },
    'try-linear': { mode: 'linear', w1: 1, w2: 1, b: -0.5 },
    learn: { mode: 'linear', w1: 1, w2: 1, b: -1.5 },
    dendrite: { mode: 'dendritic' },
    compare: { mode: 'both', w1: 1, w2: 1, b: -0.5 },
  },
  View: XorView,
});
