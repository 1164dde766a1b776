import { defineDiagram } from '../types';
import type { SynapseInput } from '../../core';
import { DEFAULT_SYNAPSES, dendriteSumSchema } from './schema';
import { DendriteSumView } from './View';

const syn = (...items: [SynapseInput['type'], number][]): SynapseInput[] => items.map(([type, strength]) => ({ type, strength }));

/** `dendrite-sum`: synaptic potentials sum at the soma; crossing threshold fires an action potential. */
export default defineDiagram({
  id: 'dendrite-sum',
  title: 'Synaptic potentials sum at the soma',
  description:
    'Synapses on the dendrites of a generic neuron, each with a transmitter (glutamate, acetylcholine, GABA or glycine) and a strength; on a cortical pyramidal cell fast excitation is glutamate and fast inhibition GABA, while nicotinic and glycine synapses, offered here to compare receptors, are found mostly elsewhere (muscle, ganglia, some interneurons; spinal cord and brainstem). Every synapse is exaggerated for legibility: a full excitatory one gives +6 mV, several times a real EPSP (0.1–2 mV), and a full inhibitory one −4 mV, or 10 nS of conductance, as much as the resting leak and many real synapses’ worth. Their potentials travel to the soma and sum; a gauge at the axon initial segment shows the membrane potential against rest (−70 mV) and threshold (−55 mV). Crossing threshold fires an action potential that runs down the axon and releases transmitter at the terminals. Add, remove and adjust synapses, and switch between linear and conductance-based summation.',
  schema: dendriteSumSchema,
  // The essay's scenes (content/SCENES.md), then a few more for other pages.
  scenes: {
    'one-synapse': { syn: syn(['glu', 0.5]), model: 'linear' },
    'spatial-sum': { syn: syn(['glu', 0.5], ['glu', 0.5], ['glu', 0.5]), model: 'linear' },
    threshold: { syn: syn(['glu', 1], ['glu', 1], ['glu', 1]), model: 'linear' },
    inhibition: { syn: syn(['glu', 1], ['glu', 1], ['glu', 1], ['gaba', 1]), model: 'linear' },
    shunting: { syn: syn(['glu', 1], ['glu', 1], ['glu', 1], ['gaba', 1]), model: 'conductance' },
    default: { syn: DEFAULT_SYNAPSES.map((s) => ({ ...s })), model: 'linear' },
    'two-synapses': { syn: syn(['glu', 0.7], ['glu', 0.7]), model: 'linear' },
    'at-threshold': { syn: syn(['glu', 1], ['glu', 1], ['glu', 0.5]), model: 'linear' },
    'just-below': { syn: syn(['glu', 1], ['glu', 1], ['glu', 0.49]), model: 'linear' },
    saturation: { syn: syn(['glu', 1], ['glu', 1], ['glu', 1], ['glu', 1], ['glu', 1], ['glu', 1]), model: 'conductance' },
  },
  View: DendriteSumView,
});
