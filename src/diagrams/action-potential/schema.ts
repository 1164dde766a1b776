import { defineSchema, type ParamsOf } from '../../params/schema';

export const STIMULI = ['pulse', 'step', 'pair'] as const;
export type StimulusKind = (typeof STIMULI)[number];

export const actionPotentialSchema = defineSchema({
  fields: {
    stim: {
      kind: 'choice',
      label: 'Current',
      description: 'What drives the membrane: pulse (one brief pulse), step (a sustained current from 5 ms on) or pair (two pulses, gap apart).',
      choices: STIMULI,
      choiceLabels: { pulse: 'One pulse', step: 'Sustained step', pair: 'Two pulses' },
      default: 'pulse',
    },
    amp: {
      kind: 'number',
      label: 'Amplitude',
      description: 'The injected current density, 0 to 40 µA/cm² (a 1 ms pulse fires from about 6.9 µA/cm²).',
      min: 0,
      max: 40,
      step: 0.1,
      default: 10,
      unit: 'µA/cm²',
    },
    dur: {
      kind: 'number',
      label: 'Pulse duration',
      description: 'How long each pulse lasts, 0.1 to 5 ms (not used by the step).',
      min: 0.1,
      max: 5,
      step: 0.1,
      default: 1,
      unit: 'ms',
    },
    gap: {
      kind: 'number',
      label: 'Gap between pulses',
      description: 'For two pulses: from the start of the first to the start of the second, 2 to 30 ms. Shorten it to find the refractory period.',
      min: 2,
      max: 30,
      step: 0.5,
      default: 12,
      unit: 'ms',
    },
  },
});

export type ActionPotentialParams = ParamsOf<typeof actionPotentialSchema.fields>;
