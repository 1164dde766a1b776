import { defineDiagram } from '../types';
import { neuromodulationSchema } from './schema';
import { NeuromodulationView } from './View';

/** `neuromodulation`: a neuromodulator retunes a neuron's f–I curve; the artificial neuron is unmoved. */
export default defineDiagram({
  id: 'neuromodulation',
  title: 'Same input, different state',
  description:
    'A slider sets the level of a neuromodulator such as noradrenaline. Left: the model neuron’s firing rate against input current, at level 0 (dashed) and at the chosen level (solid): the threshold drops and the curve steepens, so the same input gives a different rate. Right: an artificial neuron’s activation curve over the same inputs, which does not change with the level.',
  schema: neuromodulationSchema,
  scenes: {
    calm: { level: 0, current: 2 },
    aroused: { level: 1, current: 2 },
    'same-input': { level: 0.6, current: 2 },
    'switched-on': { level: 1, current: 1.2 },
  },
  View: NeuromodulationView,
});
