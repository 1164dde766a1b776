import { defineSchema, type ParamsOf } from '../../params/schema';
import { playingField } from '../../params/fields';

export const membraneSchema = defineSchema({
  fields: {
    current: {
      kind: 'number',
      label: 'Input current I',
      description:
        'The constant current injected into the neuron, in nanoamperes (0 to 5; the rheobase is 1.5 nA). The model cell is large and leaky (10 MΩ; 2 nF at τ = 20 ms), so its currents run about ten times a real pyramidal cell’s, whose rheobase is a few tenths of a nanoampere.',
      min: 0,
      max: 5,
      step: 0.05,
      default: 1.8,
      unit: 'nA',
      hidden: true,
    },
    tau: {
      kind: 'number',
      label: 'Membrane time constant τ',
      description: 'The membrane time constant τ = RC in milliseconds (5 to 40): how fast the potential leaks back to rest.',
      min: 5,
      max: 40,
      step: 1,
      integer: true,
      default: 20,
      unit: 'ms',
      hidden: true,
    },
    playing: playingField(),
    speed: {
      kind: 'choice',
      label: 'Speed',
      description: 'How fast simulated time runs: slow (20 times slower than real time) or real.',
      choices: ['slow', 'real'] as const,
      choiceLabels: { slow: '20× slower', real: 'real time' },
      default: 'slow',
      hidden: true,
    },
  },
});

export type MembraneParams = ParamsOf<typeof membraneSchema.fields>;
