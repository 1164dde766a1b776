import { defineSchema, type ParamsOf } from '../../params/schema';
import { activationField } from '../../params/fields';
import { fmt } from '../../chart/format';

export const neuromodulationSchema = defineSchema({
  fields: {
    level: {
      kind: 'number',
      label: 'Neuromodulator level (e.g. noradrenaline)',
      description:
        'Level of a neuromodulator such as noradrenaline, from 0 (none) to 1 (high): it raises the gain and lowers the threshold of the model neuron.',
      min: 0,
      max: 1,
      step: 0.01,
      default: 0.6,
      format: (value) => (value === 0 ? '0 (none)' : fmt(value, 2)),
      hidden: true,
    },
    current: {
      kind: 'number',
      label: 'Input, the same for both (I in nA, x)',
      description: 'The input both neurons receive, in nanoamperes (0 to 4): the model neuron’s injected current and the artificial neuron’s x.',
      min: 0,
      max: 4,
      step: 0.05,
      default: 2,
      unit: 'nA',
      hidden: true,
    },
    act: activationField('relu', { hidden: true }),
  },
});

export type NeuromodulationParams = ParamsOf<typeof neuromodulationSchema.fields>;
