import { defineSchema, type ParamsOf } from '../../params/schema';
import { activationField, playingField } from '../../params/fields';

export const spontaneousSchema = defineSchema({
  fields: {
    noise: {
      kind: 'number',
      label: 'Membrane noise σ',
      description:
        'Standard deviation of the model neuron’s membrane-potential fluctuations, in millivolts (0 to 12); 0 means no noise. Real membranes fluctuate by about 2 to 4 mV, so values above 5 are exaggerated.',
      min: 0,
      max: 12,
      step: 0.1,
      default: 8,
      unit: 'mV',
      hidden: true,
    },
    seed: {
      kind: 'number',
      label: 'Run (random seed)',
      description: 'Seed of the noise (whole number 1 to 9999): the same seed and noise always give the same run and the same rate.',
      min: 1,
      max: 9999,
      step: 1,
      integer: true,
      default: 1,
      hidden: true,
    },
    bias: {
      kind: 'number',
      label: 'Bias b',
      description: 'The artificial neuron’s bias (−3 to 3): with zero input its output is the activation of the bias alone.',
      min: -3,
      max: 3,
      step: 0.05,
      default: 0.5,
      hidden: true,
    },
    act: activationField('sigmoid', { hidden: true }),
    playing: playingField(),
  },
});

export type SpontaneousParams = ParamsOf<typeof spontaneousSchema.fields>;
