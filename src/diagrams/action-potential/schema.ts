import { DEFAULT_ION_CONCENTRATIONS, HH_REFERENCE_TEMPERATURE_CELSIUS } from '../../core';
import { defineSchema, type NumberField, type ParamsOf } from '../../params/schema';

export const STIMULI = ['pulse', 'step', 'pair'] as const;
export type StimulusKind = (typeof STIMULI)[number];

const percent = (value: number) => `${Math.round(value * 100)} %`;

function concentration(label: string, description: string, min: number, max: number, value: number): NumberField {
  return { kind: 'number', label, description, min, max, step: 0.5, default: value, unit: 'mM' };
}

const ions = DEFAULT_ION_CONCENTRATIONS;

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
      description: 'The injected current density, 0 to 40 µA/cm² (with the default ions, a 1 ms pulse fires from about 6.3 µA/cm²).',
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
    nao: concentration('Na⁺ outside', 'Sodium outside the cell, mM; it sets E_Na with the inside value (Nernst).', 10, 300, ions.na.outsideMilliMolar),
    nai: concentration('Na⁺ inside', 'Sodium inside the cell, mM.', 2, 100, ions.na.insideMilliMolar),
    ko: concentration(
      'K⁺ outside',
      'Potassium outside the cell, mM; raise it and the rest depolarises: near 10 mM a tiny current fires it, from about 12 mM spikes fail (depolarisation block).',
      1,
      100,
      ions.k.outsideMilliMolar,
    ),
    ki: concentration('K⁺ inside', 'Potassium inside the cell, mM.', 20, 300, ions.k.insideMilliMolar),
    clo: concentration(
      'Cl⁻ outside',
      'Chloride outside the cell, mM; with the inside value it sets the leak’s reversal potential.',
      10,
      200,
      ions.cl.outsideMilliMolar,
    ),
    cli: concentration('Cl⁻ inside', 'Chloride inside the cell, mM.', 2, 100, ions.cl.insideMilliMolar),
    ttx: {
      kind: 'number',
      label: 'TTX (Na⁺ channels blocked)',
      description: 'Tetrodotoxin: the fraction of voltage-gated Na⁺ channels blocked, 0 to 1.',
      min: 0,
      max: 1,
      step: 0.01,
      default: 0,
      format: percent,
    },
    tea: {
      kind: 'number',
      label: 'TEA (K⁺ channels blocked)',
      description: 'Tetraethylammonium: the fraction of voltage-gated K⁺ channels blocked, 0 to 1.',
      min: 0,
      max: 1,
      step: 0.01,
      default: 0,
      format: percent,
    },
    temp: {
      kind: 'number',
      label: 'Temperature',
      description:
        'Temperature, 0 to 45 °C: the gates open and close 3× faster per 10 °C (Q10 = 3, from Hodgkin and Huxley’s 6.3 °C), and RT/F in the Nernst and GHK equations grows with it.',
      min: 0,
      max: 45,
      step: 0.1,
      default: HH_REFERENCE_TEMPERATURE_CELSIUS,
      unit: '°C',
    },
  },
});

export type ActionPotentialParams = ParamsOf<typeof actionPotentialSchema.fields>;
