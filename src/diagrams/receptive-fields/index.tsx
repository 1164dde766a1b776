import { defineDiagram } from '../types';
import { receptiveFieldsSchema } from './schema';
import { ReceptiveFieldsView } from './View';

/** `receptive-fields`: a layer trained on real handwritten digits; each row of W drawn as the picture its neuron responds to, beside a V1 simple cell's field. */
export default defineDiagram({
  id: 'receptive-fields',
  title: 'A layer that learns handwriting: each row is a receptive field',
  description:
    'Ten artificial neurons, one 784 → 10 softmax layer, trained live in a background thread on 1,500 real handwritten digits (MNIST). Each neuron’s row of weights is drawn as a 28 × 28 picture, and templates of the digits emerge as it learns. Draw a digit, or pick a held-out one, to see every neuron’s dot product and the softmax; beside them, a V1 simple cell’s Gabor field (orientation and frequency adjustable) answers the same picture. Held-out accuracy is live.',
  schema: receptiveFieldsSchema,
  scenes: {
    untrained: { pretrain: 0 },
    trained: { pretrain: 5 },
  },
  View: ReceptiveFieldsView,
});
