import { defineDiagram } from '../types';
import { LAST_STEP, passesSchema } from './schema';
import { PassesView } from './View';

/** `passes`: the forward and backward passes of a small net, beside a biological circuit with a loop. */
export default defineDiagram({
  id: 'passes',
  title: 'Forward and backward: how signals travel',
  description:
    'A network with two inputs, three hidden units and one output takes one training sample step by step: the forward pass computes the activations and the loss, the backward pass carries the gradients ∂L/∂ back through the same weights, and the update changes every weight. Beside it, a biological circuit sends spikes forward along axons and back only around a loop; back-propagating action potentials and retrograde messengers exist, but no exact gradient pass.',
  schema: passesSchema,
  scenes: {
    forward: { step: 2, side: 'both' },
    backward: { step: 5, side: 'both' },
    update: { step: LAST_STEP, side: 'both' },
    biology: { step: 0, side: 'biology' },
  },
  View: PassesView,
});
