/**
 * Fields several diagrams share, declared once so their names, ranges and
 * wording agree across the embed API.
 */
import { ACTIVATIONS, ACTIVATION_IDS, type ActivationId } from '../core';
import type { BooleanField, ChoiceField } from './schema';

const SHORT_LABEL: Record<ActivationId, string> = { identity: 'identity', step: 'step', relu: 'ReLU', sigmoid: 'sigmoid', tanh: 'tanh' };

/** An artificial neuron's activation function, one of the core's. */
export function activationField(fallback: ActivationId, overrides: { label?: string; hidden?: boolean } = {}): ChoiceField<ActivationId> {
  return {
    kind: 'choice',
    label: overrides.label ?? 'Activation φ',
    description: `The artificial neuron’s activation function: ${ACTIVATION_IDS.map((id) => ACTIVATIONS[id].label).join(', ')}.`,
    choices: ACTIVATION_IDS,
    choiceLabels: SHORT_LABEL,
    default: fallback,
    hidden: overrides.hidden,
  };
}

/** Whether a live simulation's time runs. */
export function playingField(): BooleanField {
  return {
    kind: 'boolean',
    label: 'Playing',
    description: 'Whether simulated time runs (1) or is paused (0); with reduced motion it waits for the reader either way.',
    default: true,
    hidden: true,
  };
}
