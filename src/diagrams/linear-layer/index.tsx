import { defineDiagram } from '../types';
import { linearLayerSchema } from './schema';
import { LinearLayerView } from './View';
import { scenes } from './scenes';

/** `linear-layer`: the artificial neuron — a row of W, a dot product, a bias and an activation. */
export default defineDiagram({
  id: 'linear-layer',
  title: 'A linear layer: each row of W is one neuron',
  description:
    'A layer of artificial neurons, y = f(Wx + b), drawn twice: as a grid of weights W (a row per neuron, a column per input) and as a network whose edges are the weights, thicker for larger magnitude, solid when positive and dashed when negative. Drag or arrow-key a weight, move the input and bias sliders, and choose the activation; each neuron’s dot product is written out with the live numbers, and its pre-activation z and output y are shown as numbers and bars.',
  schema: linearLayerSchema,
  scenes,
  View: LinearLayerView,
});
