import { defineDiagram } from '../types';
import { spontaneousSchema } from './schema';
import { SpontaneousView } from './View';

/** `spontaneous`: a noisy neuron fires with no input; an artificial neuron given zero returns only φ(b). */
export default defineDiagram({
  id: 'spontaneous',
  title: 'Activity with no input',
  description:
    'Left: the membrane potential of a leaky integrate-and-fire model neuron that receives no input at all; membrane noise alone carries it over threshold now and then, and a readout gives its rate over 10 seconds of simulated time. Right: an artificial neuron given the input zero, whose output over the same time is the constant φ(b). Sliders set the noise, the bias and the activation. The default noise (σ = 8 mV) is exaggerated: in the living brain the membrane fluctuates by about 2 to 4 mV, around a mean held closer to threshold by ongoing input, and the figure says so above 5 mV.',
  schema: spontaneousSchema,
  scenes: {
    silent: { noise: 0 },
    noisy: { noise: 8 },
    artificial: { bias: 0.5, act: 'sigmoid' },
    clipped: { bias: -1, act: 'relu' },
  },
  View: SpontaneousView,
});
