import { defineDiagram } from '../types';
import { forwardForwardSchema } from './schema';
import { ForwardForwardView } from './View';

/** `forward-forward`: backpropagation and Hinton's forward–forward algorithm trained live, side by side. */
export default defineDiagram({
  id: 'forward-forward',
  title: 'Backpropagation and forward–forward, side by side',
  description:
    'Two small nets of the same size, from the same seed, learn the same 2-D data live: one by backpropagation, one by the forward–forward algorithm (Hinton 2022), which has no backward pass. Each shows its decision regions over the data, its share of points right, and a curve: the loss falling for backpropagation, the goodness gap between correct-label and wrong-label inputs rising for forward–forward. Play, pause and reset the run; choose the data, seed and learning rates.',
  schema: forwardForwardSchema,
  scenes: {
    untrained: { pretrain: 0 },
    trained: { pretrain: 300 },
    moons: { data: 'moons', pretrain: 0 },
  },
  View: ForwardForwardView,
});
