import { defineSchema, type ParamsOf } from '../../params/schema';

/** Steps: 0 input, 1–2 forward, 3–5 backward, 6 update. */
export const LAST_STEP = 6;

export const SIDES = ['both', 'net', 'biology'] as const;

export const passesSchema = defineSchema({
  fields: {
    step: {
      kind: 'number',
      label: 'Step',
      description: 'Which step of the training pass is shown: 0 the input, 1–2 the forward pass, 3–5 the backward pass, 6 the weight update.',
      min: 0,
      max: LAST_STEP,
      step: 1,
      integer: true,
      default: 0,
      hidden: true,
    },
    seed: {
      kind: 'number',
      label: 'Seed',
      description: 'Seed of the random initial weights (a whole number, 1 to 999).',
      min: 1,
      max: 999,
      step: 1,
      integer: true,
      default: 1,
      hidden: true,
    },
    rate: {
      kind: 'number',
      label: 'Learning rate η',
      description: 'Learning rate of the update step, w ← w − η·∂L/∂w (0.05 to 2).',
      min: 0.05,
      max: 2,
      step: 0.05,
      default: 1,
    },
    side: {
      kind: 'choice',
      label: 'Show',
      description: 'Which side is shown: the artificial net, the biological circuit, or both.',
      choices: SIDES,
      choiceLabels: { both: 'Both', net: 'Net', biology: 'Biology' },
      default: 'both',
    },
  },
});

export type PassesParams = ParamsOf<typeof passesSchema.fields>;
