import { defineSchema, type ParamsOf } from '../../params/schema';
import { SCALE_ENTRIES } from '../../core';

/** The calculator's ranges: neurons 10²–10¹², synapses per neuron 1–10⁵. */
export const NEURONS_RANGE = { min: 1e2, max: 1e12 } as const;
export const SYNAPSES_RANGE = { min: 1, max: 1e5 } as const;

export const SHOW = ['both', 'brains', 'networks'] as const;
export type Show = (typeof SHOW)[number];

/** Every chart row's id, for `point` (which row's figures the caption shows). */
const POINTS = ['none', ...SCALE_ENTRIES.map((e) => e.id)] as const;

export const scaleSchema = defineSchema({
  fields: {
    neurons: {
      kind: 'number',
      label: 'Neurons',
      description: 'Number of neurons in the calculator (100 to 10¹², e.g. 8.6e10 for the human brain).',
      min: NEURONS_RANGE.min,
      max: NEURONS_RANGE.max,
      step: 1,
      default: 8.6e10,
      hidden: true,
    },
    synapses: {
      kind: 'number',
      label: 'Synapses per neuron',
      description: 'Average synapses per neuron in the calculator (1 to 100,000; cortical neurons carry thousands).',
      min: SYNAPSES_RANGE.min,
      max: SYNAPSES_RANGE.max,
      step: 1,
      default: 7000,
      hidden: true,
    },
    show: {
      kind: 'choice',
      label: 'Show',
      description: 'Which rows of the chart stand out: nervous systems, artificial networks, or both.',
      choices: SHOW,
      choiceLabels: { both: 'Both', brains: 'Brains', networks: 'Networks' },
      default: 'both',
    },
    point: {
      kind: 'choice',
      label: 'Selected row',
      description: 'The row whose figures and source the caption shows (none, or an id such as human, gpt-3, deepseek-v3).',
      choices: POINTS,
      default: 'none',
      hidden: true,
    },
  },
});

export type ScaleParams = ParamsOf<typeof scaleSchema.fields>;
