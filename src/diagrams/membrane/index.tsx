import { defineDiagram } from '../types';
import { membraneSchema } from './schema';
import { MembraneView } from './View';
import { scenes } from './scenes';

/** `membrane`: the membrane potential over time in a leaky integrate-and-fire neuron, and its f–I curve. */
export default defineDiagram({
  id: 'membrane',
  title: 'The membrane over time: integrate, leak, fire, reset',
  description:
    'A leaky integrate-and-fire neuron driven by an input current: a live trace of its membrane potential over the last 200 ms, with threshold and rest lines, spikes, resets and refractory periods. Send brief current pulses to see them add up when quick (temporal summation) and fade when slow (the leak). Beside it, the neuron’s firing rate against input current (its f–I curve) is drawn with a ReLU of the same mean slope, and the present input is marked on both. The model cell is large and leaky (R = 10 MΩ; C = 2 nF at the default τ of 20 ms): its currents run about ten times a real pyramidal cell’s, so it starts firing at 1.5 nA where a real one needs a few tenths of a nanoampere.',
  schema: membraneSchema,
  scenes,
  View: MembraneView,
});
