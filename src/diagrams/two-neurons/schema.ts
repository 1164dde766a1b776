import { defineSchema, fitLength, formatNumber, type ParamsOf } from '../../params/schema';
import { activationField } from '../../params/fields';

/** How many inputs drive both neurons. */
export const INPUTS = 3;
const DEFAULT_X = [0.9, 0.7, 0.4];
const DEFAULT_W = [1, 0.8, -0.6];

export const twoNeuronsSchema = defineSchema({
  fields: {
    x: {
      kind: 'list',
      label: 'Inputs x',
      description: 'The 3 inputs, each from 0 to 1: the presynaptic neurons’ activity on the biological side, x on the artificial side.',
      min: 0,
      max: 1,
      step: 0.01,
      default: DEFAULT_X,
      maxLength: INPUTS,
      hidden: true,
    },
    w: {
      kind: 'list',
      label: 'Weights w',
      description:
        'The 3 weights, each from −1 to 1. Inputs 1 and 2 release glutamate (excitatory), input 3 releases GABA (inhibitory): a synapse keeps its sign, a weight need not.',
      min: -1,
      max: 1,
      step: 0.01,
      default: DEFAULT_W,
      maxLength: INPUTS,
      hidden: true,
    },
    b: {
      kind: 'number',
      label: 'Bias b',
      description: 'The artificial neuron’s bias, from −3 to 1; the biological neuron’s counterpart is its threshold.',
      min: -3,
      max: 1,
      step: 0.01,
      default: -1,
      // As typed: "−1", "0.25" (not "−1.00").
      format: (value) => formatNumber(value).replace('-', '−'),
    },
    act: activationField('relu', { label: 'Activation' }),
    model: {
      kind: 'choice',
      label: 'Biological summation',
      description: 'How the biological neuron sums its synapses: linear (potentials add) or conductance (each synapse pulls toward its reversal potential).',
      choices: ['linear', 'conductance'] as const,
      choiceLabels: { linear: 'Linear', conductance: 'Conductance' },
      default: 'linear',
    },
    view: {
      kind: 'choice',
      label: 'Drawn as',
      description: 'Draw the neuron as a biological neuron or as an artificial neuron (the drawing morphs between them).',
      choices: ['biological', 'artificial'] as const,
      default: 'biological',
      hidden: true,
    },
  },
  normalize(params, given) {
    const notes: string[] = [];
    for (const key of ['x', 'w'] as const) {
      const fallback = key === 'x' ? DEFAULT_X : DEFAULT_W;
      if (fitLength(params[key], INPUTS, (i) => fallback[i] ?? 0) && given.has(key))
        notes.push(`“${key}” takes ${INPUTS} numbers; missing ones were filled in.`);
    }
    return notes;
  },
});

export type TwoNeuronsParams = ParamsOf<typeof twoNeuronsSchema.fields>;
