import { defineSchema, type ParamsOf } from '../../params/schema';
import { fmt } from '../../chart/format';

/** Which units are shown: the linear-threshold unit, the dendritic unit, or both side by side. */
export const MODES = ['linear', 'dendritic', 'both'] as const;
export type XorMode = (typeof MODES)[number];

/** Range of the linear unit's weights and bias. */
export const WEIGHT_LIMIT = 4;

/** A weight as the reader dragged it: one decimal, or two when it has them (a drag snaps to 0.01); real minus sign. */
export function weightText(value: number): string {
  return fmt(value, Math.abs(value * 10 - Math.round(value * 10)) < 1e-9 ? 1 : 2);
}

const weight = (label: string, description: string, value: number) =>
  ({ kind: 'number', label, description, min: -WEIGHT_LIMIT, max: WEIGHT_LIMIT, step: 0.1, default: value, format: weightText }) as const;

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
