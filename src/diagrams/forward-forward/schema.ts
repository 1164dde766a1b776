import { defineSchema, formatNumber, type ParamsOf } from '../../params/schema';

/** Epochs a run lasts before it stops by itself. */
export const MAX_EPOCHS = 600;

/** Settings whose change starts the run again from epoch 0. */
const FRESH_RUN = ['data', 'bplr', 'fflr'] as const;

export const forwardForwardSchema = defineSchema({
  fields: {
    data: {
      kind: 'choice',
      label: 'Data',
      description: 'The toy data set: four XOR blobs (xor) or two interleaved half-moons (moons), 40 points per class.',
      choices: ['xor', 'moons'] as const,
      choiceLabels: { xor: 'XOR blobs', moons: 'Two moons' },
      default: 'xor',
    },
    seed: {
      kind: 'number',
      label: 'Seed',
      description: 'Seed of the random numbers: the data, both nets’ starting weights, and the order of training. Same seed, same run.',
      min: 1,
      max: 9999,
      step: 1,
      integer: true,
      default: 1,
    },
    bplr: {
      kind: 'number',
      label: 'Learning rate, backprop',
      description: 'Step size of the backpropagation net’s gradient descent (one full-batch step per epoch).',
      min: 0.05,
      max: 2,
      step: 0.05,
      default: 0.5,
      format: formatNumber,
    },
    fflr: {
      kind: 'number',
      label: 'Learning rate, forward–forward',
      description: 'Step size of each forward–forward layer’s local update (one full-batch step per epoch).',
      min: 0.05,
      max: 2,
      step: 0.05,
      default: 0.3,
      format: formatNumber,
    },
    pretrain: {
      kind: 'number',
      label: 'Start at epoch',
      description: `Epochs trained at once, before anything is shown (0 shows the untrained nets; at most ${MAX_EPOCHS}).`,
      min: 0,
      max: MAX_EPOCHS,
      step: 10,
      integer: true,
      default: 0,
      hidden: true,
    },
  },
  // A new data set or learning rate starts a fresh run from epoch 0, unless the same change says where to start.
  normalize(params, given) {
    if (!given.has('pretrain') && FRESH_RUN.some((key) => given.has(key))) params.pretrain = 0;
    return [];
  },
});

export type ForwardForwardParams = ParamsOf<typeof forwardForwardSchema.fields>;
