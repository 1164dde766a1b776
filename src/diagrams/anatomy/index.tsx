import { defineDiagram } from '../types';
import { anatomySchema } from './schema';
import { AnatomyView } from './View';
import { PARTS } from './parts';

/** `anatomy`: the parts of a neuron, named and lit on hover, tap or focus. */
export default defineDiagram({
  id: 'anatomy',
  title: 'The parts of a neuron',
  description:
    'A drawing of a neuron: branching dendrites with spines, the soma, the axon initial segment, a myelinated axon with nodes of Ranvier, and axon terminals, with one synapse enlarged. Choose a part from the buttons to light it and read what it does.',
  schema: anatomySchema,
  scenes: Object.fromEntries([['overview', { part: 'none' }], ...PARTS.map((part) => [part, { part }])]),
  View: AnatomyView,
});
