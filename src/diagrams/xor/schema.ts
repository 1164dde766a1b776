import { defineSchema, type ParamsOf } from '../../params/schema';

/** Which units are shown: the linear-threshold unit, the dendritic unit, or both side by side. */
export const MODES = ['linear', 'dendritic', 'both'] as const;
export type XorMode = (typeof MODES)[number];

/** Range of the linear unit's weights and bias. */
export const WEIGHT_LIMIT = 4;

const weight = (label: string, description: string, value: number) =>
  ({ kind: 'number', label, description, min: -WEIGHT_LIMIT, max: WEIGHT_LIMIT, step: 0.1, default: value }) as const;

export const xorSchema = defineSchema({
  fields: {
    mode: {
      kind: 'choice',
      label: 'Show',
      description: 'Which unit is shown: the linear-threshold unit (linear), the dendritic unit (dendritic) or both side by side.',
      choices: MODES,
      choiceLabels: { linear: 'Linear unit', dendritic: 'Dendritic unit', both: 'Both' },
      default: 'both',
    },
    w1: weight('Weight w₁', 'Weight of input x₁ of the linear-threshold unit.', 1),
    w2: weight('Weight w₂', 'Weight of input x₂ of the linear-threshold unit.', 1),
    b: weight('Bias b', 'Bias of the linear-threshold unit: it answers 1 when w₁x₁ + w₂x₂ + b ≥ 0.', -0.5),
  },
});

export type XorParams = ParamsOf<typeof xorSchema.fields>;
