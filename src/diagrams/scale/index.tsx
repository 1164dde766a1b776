import { defineDiagram } from '../types';
import { scaleSchema } from './schema';
import { ScaleView } from './View';

/** `scale`: how many neurons and synapses, beside how many parameters. */
export default defineDiagram({
  id: 'scale',
  title: 'How many neurons, how many parameters',
  description:
    'A log-scale chart of the neurons and synapses of C. elegans, the fruit fly, the mouse, the macaque and the human, beside the parameter counts of artificial networks from the Mark I perceptron to DeepSeek-V3, each with its source. A calculator multiplies a number of neurons by synapses per neuron and compares the total with the largest network. A parameter is not a synapse.',
  schema: scaleSchema,
  scenes: {
    species: { show: 'brains', point: 'human', neurons: 8.6e10, synapses: 7000 },
    networks: { show: 'networks', point: 'deepseek-v3', neurons: 8.6e10, synapses: 7000 },
    'calculator-human': { show: 'both', point: 'none', neurons: 8.6e10, synapses: 7000 },
    'calculator-fly': { show: 'both', point: 'fruit-fly', neurons: 139255, synapses: 359 },
  },
  View: ScaleView,
});
