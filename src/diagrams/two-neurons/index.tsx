import { defineDiagram } from '../types';
import { twoNeuronsSchema } from './schema';
import { TwoNeuronsView } from './View';

/** `two-neurons`: one input vector drives a biological and an artificial neuron; the drawing morphs between them. */
export default defineDiagram({
  id: 'two-neurons',
  title: 'Two neurons, one input',
  description:
    'One input vector of three numbers drives a generic biological neuron (three presynaptic inputs onto its dendrites: two release glutamate, the fast excitatory transmitter of cortex, and one GABA, the inhibitory one) and an artificial neuron (weights, a sum, an activation) at once. A button morphs the drawing from one to the other: dendrites straighten into weighted edges, the soma becomes the sum, the axon the output. A table maps the parts, and three notes show, for the current input, where the analogy breaks: fixed synaptic signs, saturating conductances, and spikes in time.',
  schema: twoNeuronsSchema,
  scenes: {
    biological: { view: 'biological', x: [0.9, 0.7, 0.4], w: [1, 0.8, -0.6], b: -1, act: 'relu', model: 'linear' },
    artificial: { view: 'artificial', x: [0.9, 0.7, 0.4], w: [1, 0.8, -0.6], b: -1, act: 'relu', model: 'linear' },
    'sign-flip': { view: 'artificial', x: [0.9, 0.7, 0.4], w: [-0.6, 0.8, 0.6], b: -1, act: 'relu', model: 'linear' },
    saturation: { view: 'biological', x: [1, 1, 0], w: [1, 1, -0.6], b: -1, act: 'relu', model: 'conductance' },
    spikes: { view: 'biological', x: [1, 1, 0.2], w: [1, 1, -0.6], b: -1, act: 'relu', model: 'linear' },
  },
  View: TwoNeuronsView,
});
