import { defineSchema, formatNumber, parseNumberText, type ParamsOf } from '../../params/schema';
import { isTransmitterKey, type SynapseInput } from '../../core';

/** At most this many synapses on the dendrites (public API). */
export const MAX_SYNAPSES = 8;
/** Strength given to an item whose strength is missing or unreadable. */
export const DEFAULT_STRENGTH = 0.5;
/** Strengths are kept to this step (the sliders' step). */
const STRENGTH_STEP = 0.01;

/** Two glutamate synapses and one GABA synapse: below threshold in both models. */
export const DEFAULT_SYNAPSES: readonly SynapseInput[] = [
  { type: 'glu', strength: 0.9 },
  { type: 'glu', strength: 0.8 },
  { type: 'gaba', strength: 0.4 },
];

/**
 * Parse `syn`: up to 8 comma-separated `type:strength` items. Unknown types are
 * dropped, unreadable strengths defaulted, out-of-range ones clamped, extra items
 * dropped; what was fixed is told to `note`, for the reader's notice. Undefined if no item is usable
 * (the schema then uses the default). The empty string means no synapses.
 */
export function parseSynapses(raw: string, note: (problem: string) => void = () => {}): SynapseInput[] | undefined {
  const text = raw.trim();
  if (text === '') return [];
  // Never split more than we could keep: a 10,000-item value costs the same as 9.
  const items = text.split(',', MAX_SYNAPSES + 1);
  const notes: string[] = [];
  if (items.length > MAX_SYNAPSES) notes.push(`“syn” takes at most ${MAX_SYNAPSES} synapses; extra ones were dropped.`);
  const out: SynapseInput[] = [];
  let dropped = 0;
  let defaulted = 0;
  let clamped = 0;
  for (const item of items.slice(0, MAX_SYNAPSES)) {
    const [typeText = '', strengthText, ...rest] = item.split(':');
    const type = typeText.trim().toLowerCase();
    if (!isTransmitterKey(type) || rest.length > 0) {
      dropped++;
      continue;
    }
    const n = strengthText === undefined ? undefined : parseNumberText(strengthText);
    if (n === undefined) {
      defaulted++;
      out.push({ type, strength: DEFAULT_STRENGTH });
      continue;
    }
    const inRange = Math.min(1, Math.max(0, n));
    if (inRange !== n) clamped++;
    out.push({ type, strength: Number((Math.round(inRange / STRENGTH_STEP) * STRENGTH_STEP).toFixed(2)) });
  }
  if (out.length === 0) return undefined;
  if (dropped)
    notes.push(`${dropped} synapse${dropped > 1 ? 's' : ''} with an unknown transmitter ${dropped > 1 ? 'were' : 'was'} dropped (use glu, ach, gaba or gly).`);
  if (defaulted) notes.push(`${defaulted} unreadable strength${defaulted > 1 ? 's were' : ' was'} set to ${DEFAULT_STRENGTH}.`);
  if (clamped) notes.push(`Strengths run from 0 to 1; ${clamped} ${clamped > 1 ? 'were' : 'was'} clamped.`);
  for (const problem of notes) note(problem);
  return out;
}

/** `syn` as text: `glu:0.9,gaba:0.4`. */
export function serializeSynapses(synapses: readonly SynapseInput[]): string {
  return synapses.map((s) => `${s.type}:${formatNumber(s.strength)}`).join(',');
}

export const dendriteSumSchema = defineSchema({
  fields: {
    syn: {
      kind: 'custom',
      label: 'Synapses',
      description:
        'Up to 8 synapses on the dendrites, each transmitter:strength — glu (glutamate, AMPA receptor), ach (acetylcholine, nicotinic receptor), gaba (GABA, GABA_A receptor) or gly (glycine, a Cl⁻ channel like GABA_A) — with strength from 0 to 1. Strength 1 is exaggerated: +6 mV excitatory, −4 mV (10 nS) inhibitory.',
      typeLabel: 'list of type:strength',
      rangeLabel: 'up to 8 items; type glu | ach | gaba | gly, strength 0 to 1',
      default: DEFAULT_SYNAPSES.map((s) => ({ ...s })),
      parse: parseSynapses,
      serialize: serializeSynapses,
      hidden: true,
    },
    model: {
      kind: 'choice',
      label: 'Summation model',
      description:
        'linear: the potentials simply add; conductance: each synapse pulls the membrane toward its own reversal potential, so excitation saturates and inhibition can shunt.',
      choices: ['linear', 'conductance'] as const,
      choiceLabels: { linear: 'Linear: potentials add', conductance: 'Conductance-based' },
      default: 'linear',
    },
  },
});

export type DendriteSumParams = ParamsOf<typeof dendriteSumSchema.fields>;
