import { defineSchema, type ParamsOf } from '../../params/schema';
import { PARTS } from './parts';

const CHOICES = ['none', ...PARTS] as const;

export const anatomySchema = defineSchema({
  fields: {
    part: {
      kind: 'choice',
      label: 'Highlighted part',
      description: 'The part of the neuron that is lit and named (none, dendrites, spines, soma, axon-hillock, axon, myelin, node, terminals, synapse).',
      choices: CHOICES,
      default: 'none',
      hidden: true,
    },
  },
});

export type AnatomyParams = ParamsOf<typeof anatomySchema.fields>;
