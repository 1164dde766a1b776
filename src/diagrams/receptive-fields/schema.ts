import { DIGITS_TRAINING_DEFAULTS } from '../../core';
import { defineSchema, formatNumber, type ParamsOf } from '../../params/schema';

/** The held-out digits a reader can pick from, and the most epochs a run may last. */
export const TEST_DIGITS = 1000;
export const MAX_EPOCHS = 20;

export const receptiveFieldsSchema = defineSchema({
  fields: {
    lr: {
      kind: 'number',
      label: 'Learning rate',
      description: 'Step size of stochastic gradient descent on the cross-entropy, 0.001 to 1 (batches of 10 digits).',
      min: 0.001,
      max: 1,
      step: 0.001,
      default: DIGITS_TRAINING_DEFAULTS.learningRate,
      format: formatNumber,
    },
    epochs: {
      kind: 'number',
      label: 'Epochs',
      description: `How many passes over the 1,500 training digits a run makes before it stops, 1 to ${MAX_EPOCHS}.`,
      min: 1,
      max: MAX_EPOCHS,
      step: 1,
      integer: true,
      default: DIGITS_TRAINING_DEFAULTS.epochs,
    },
    seed: {
      kind: 'number',
      label: 'Seed',
      description: 'Seed of the starting weights and of the order the digits are shown in. Same seed, same run, same accuracy.',
      min: 1,
      max: 9999,
      step: 1,
      integer: true,
      default: DIGITS_TRAINING_DEFAULTS.seed,
    },
    pretrain: {
      kind: 'number',
      label: 'Pre-trained epochs',
      description: `Epochs trained at once when the figure wakes, before anything is shown (0: start from the untrained layer), at most ${MAX_EPOCHS}.`,
      min: 0,
      max: MAX_EPOCHS,
      step: 1,
      integer: true,
      default: 0,
      hidden: true,
    },
    digit: {
      kind: 'number',
      label: 'Held-out digit',
      description: `Which of the ${TEST_DIGITS} held-out digits is the input, 0 to ${TEST_DIGITS - 1} (until the reader draws one).`,
      min: 0,
      max: TEST_DIGITS - 1,
      step: 1,
      integer: true,
      default: 0,
    },
    theta: {
      kind: 'number',
      label: 'V1 field: orientation',
      description: 'Orientation of the simple cell’s Gabor field, 0 to 179 degrees (0: vertical bars).',
      min: 0,
      max: 179,
      step: 1,
      integer: true,
      default: 45,
      unit: '°',
    },
    freq: {
      kind: 'number',
      label: 'V1 field: bars across',
      description: 'Spatial frequency of the Gabor field: grating cycles across the 28-pixel image, 1 to 6.',
      min: 1,
      max: 6,
      step: 0.5,
      default: 3,
    },
  },
});

export type ReceptiveFieldsParams = ParamsOf<typeof receptiveFieldsSchema.fields>;
