/**
 * One input vector, two neurons, computed only through the core:
 *
 *   x ──► synapses (transmitter sets the sign) ──► somaPotential ──► LIF rate, spike times
 *   x ──► w·x + b (layerForward) ──► activation ──► y
 *
 * and the three places the analogy breaks, for the current input.
 */
import {
  DEFAULT_LIF_PARAMS,
  layerForward,
  lifCurrentForDepolarisationNanoAmps,
  lifRateHz,
  simulateLif,
  somaPotential,
  TRANSMITTERS,
  type ActivationId,
  type SomaPotential,
  type SummationModel,
  type SynapseInput,
  type TransmitterKey,
} from '../../core';
import { fmt, fmtSigned } from '../../chart/format';
import type { TwoNeuronsParams } from './schema';

/**
 * The transmitter each input's presynaptic neuron releases (Dale's principle: one per neuron). Fast
 * excitation onto a cortical pyramidal cell is glutamate, so both excitatory inputs release it.
 */
export const INPUT_TRANSMITTERS: readonly TransmitterKey[] = ['glu', 'glu', 'gaba'];
/**
 * Synaptic contacts each input makes on the dendrites. Connected cortical
 * pairs often touch at several places (Markram et al. 1997 found 4–8); two
 * keep the picture simple and let two strong inputs together reach threshold.
 */
export const CONTACTS_PER_INPUT = 2;
/** Window of the spike raster, ms. */
export const RASTER_MS = 500;

/** One input as the biological side sees it. */
export interface BioInput {
  transmitter: TransmitterKey;
  excitatory: boolean;
  /** The weight's sign disagrees with the transmitter's: a synapse cannot do that. */
  blocked: boolean;
  /** Strength of each contact, x·|w| (0 if blocked). */
  strength: number;
}

export interface TwoNeuronsModel {
  bio: {
    inputs: BioInput[];
    soma: SomaPotential;
    /** Depolarisation from rest, mV. */
    depolarisationMilliVolts: number;
    rateHz: number;
    spikeTimesMs: number[];
  };
  art: { weightedSum: number; z: number; y: number };
  /** Same input doubled: the dot product doubles, a conductance-based membrane does not. */
  doubled: { weightedSum: number; z: number; conductanceBefore: number; conductanceAfter: number };
}

export interface TwoNeuronsInput {
  x: readonly number[];
  w: readonly number[];
  b: number;
  act: ActivationId;
  model: SummationModel;
}

function bioInputs(x: readonly number[], w: readonly number[]): BioInput[] {
  return INPUT_TRANSMITTERS.map((transmitter, i) => {
    const excitatory = TRANSMITTERS[transmitter].sign === 'excitatory';
    const weight = w[i] ?? 0;
    const blocked = excitatory ? weight < 0 : weight > 0;
    return { transmitter, excitatory, blocked, strength: blocked ? 0 : (x[i] ?? 0) * Math.abs(weight) };
  });
}

function synapsesOf(inputs: readonly BioInput[], contacts: number): SynapseInput[] {
  return inputs.flatMap((input) => Array.from({ length: contacts }, () => ({ type: input.transmitter, strength: input.strength })));
}

/** Both neurons for one input vector. */
export function twoNeuronsModel({ x, w, b, act, model }: TwoNeuronsInput): TwoNeuronsModel {
  const inputs = bioInputs(x, w);
  const soma = somaPotential(synapsesOf(inputs, CONTACTS_PER_INPUT), model);
  const depolarisation = soma.vmMilliVolts - soma.restMilliVolts;
  const current = lifCurrentForDepolarisationNanoAmps(DEFAULT_LIF_PARAMS, depolarisation);
  const rateHz = lifRateHz(DEFAULT_LIF_PARAMS, current);
  const spikeTimesMs = rateHz > 0 ? simulateLif(DEFAULT_LIF_PARAMS, current, RASTER_MS, 0.1).spikeTimesMs : [];

  const layer = layerForward(w, [b], x, 1, x.length, act);
  const weightedSum = layer.z[0]! - b;
  const doubledLayer = layerForward(
    w,
    [b],
    x.map((v) => 2 * v),
    1,
    x.length,
    act,
  );

  // Doubling the input doubles the number of active contacts: the membrane sums them by conductance.
  const before = somaPotential(synapsesOf(inputs, CONTACTS_PER_INPUT), 'conductance');
  const after = somaPotential(synapsesOf(inputs, 2 * CONTACTS_PER_INPUT), 'conductance');

  return {
    bio: { inputs, soma, depolarisationMilliVolts: depolarisation, rateHz, spikeTimesMs },
    art: { weightedSum, z: layer.z[0]!, y: layer.y[0]! },
    doubled: {
      weightedSum: doubledLayer.z[0]! - b,
      z: doubledLayer.z[0]!,
      conductanceBefore: before.vmMilliVolts - before.restMilliVolts,
      conductanceAfter: after.vmMilliVolts - after.restMilliVolts,
    },
  };
}

/** The model for the diagram's params (for a source derived from the store). */
export function paramsModel({ x, w, b, act, model }: TwoNeuronsParams): TwoNeuronsModel {
  return twoNeuronsModel({ x, w, b, act, model });
}

/** Subscript digits for inputs 1 to 3. */
export const SUB = ['₁', '₂', '₃'];

/** The soma's potential, and how far it is from threshold. */
export function vmReadout(m: TwoNeuronsModel): { value: string; context: string } {
  const vm = m.bio.soma.vmMilliVolts;
  const below = m.bio.soma.thresholdMilliVolts - vm;
  return { value: `${fmt(vm)} mV`, context: m.bio.soma.fires ? `${fmt(-below)} mV above threshold` : `${fmt(below)} mV below threshold` };
}

/** The biological neuron's firing rate. */
export function rateReadout(m: TwoNeuronsModel): { value: string; context?: string } {
  return { value: `${fmt(m.bio.rateHz, 1)} Hz`, context: m.bio.rateHz > 0 ? undefined : 'below threshold, silent' };
}

/** The inputs whose weight has a sign their synapse cannot have. */
export function blockedInputs(m: TwoNeuronsModel): number[] {
  return m.bio.inputs.map((input, i) => (input.blocked ? i : -1)).filter((i) => i >= 0);
}

/** Weight i's slider: its signed value, and (in words) when its synapse could not have that sign. */
export function weightSlider(m: TwoNeuronsModel, w: readonly number[], i: number): { value: number; display: string; valueText: string } {
  const value = w[i] ?? 0;
  const display = fmtSigned(value, 2);
  const name = TRANSMITTERS[INPUT_TRANSMITTERS[i]!].name;
  return { value, display, valueText: `${display}${m.bio.inputs[i]?.blocked ? `, a sign a ${name} synapse cannot have` : ''}` };
}

/** The first break: a weight's sign against its transmitter's. */
export function signBreak(m: TwoNeuronsModel, w: readonly number[]): string {
  const blocked = blockedInputs(m);
  if (blocked.length === 0)
    return `Every weight’s sign matches its transmitter now: inputs 1 and 2 release excitatory transmitters, input 3 releases GABA. Flip the signs and see.`;
  const many = blocked.length > 1;
  return `${blocked.map((i) => `w${SUB[i]} = ${fmtSigned(w[i] ?? 0, 2)}`).join(', ')}: fine for the artificial neuron, impossible for ${many ? 'those synapses' : 'that synapse'} — a neuron releases the same transmitter at all its terminals (Dale’s principle), and the receptor fixes the sign. The biological side silences ${many ? 'them' : 'it'}; to inhibit, the brain routes the signal through an inhibitory interneuron.`;
}

/** The second break: doubling the input doubles the dot product, not the conductance-based depolarisation. */
export function saturationBreak(m: TwoNeuronsModel): string {
  const ratio = m.doubled.conductanceBefore > 0.05 ? m.doubled.conductanceAfter / m.doubled.conductanceBefore : NaN;
  return Number.isFinite(ratio)
    ? `Double every input: Σ wᵢxᵢ goes from ${fmt(m.art.weightedSum, 2)} to ${fmt(m.doubled.weightedSum, 2)} (×2.00, z = ${fmt(m.doubled.z, 2)}); the conductance-based depolarisation goes from ${fmt(m.doubled.conductanceBefore)} to ${fmt(m.doubled.conductanceAfter)} mV (×${fmt(ratio, 2)}), because each synapse pushes less as the membrane nears its reversal potential.`
    : `No excitation reaches the soma now, so there is nothing to saturate: raise an excitatory input. (Σ wᵢxᵢ would still double: ${fmt(m.art.weightedSum, 2)} → ${fmt(m.doubled.weightedSum, 2)}.)`;
}

/** The third break: spikes in time against one number. */
export function spikesBreak(m: TwoNeuronsModel): string {
  const count = m.bio.spikeTimesMs.length;
  return m.bio.rateHz > 0
    ? `At ${fmt(m.bio.rateHz, 0)} Hz, a leaky integrate-and-fire neuron sends ${count} spike${count === 1 ? '' : 's'} in ${RASTER_MS} ms (regular here; real spike trains are irregular); the artificial neuron sends y = ${fmt(m.art.y, 2)} once.`
    : `Below threshold the neuron sends no spikes at all, while the artificial neuron still sends y = ${fmt(m.art.y, 2)}.`;
}

/** One settled sentence for screen readers. */
export function summary(m: TwoNeuronsModel): string {
  return `Biological: ${fmt(m.bio.soma.vmMilliVolts)} mV, ${m.bio.rateHz > 0 ? `firing at ${fmt(m.bio.rateHz, 0)} Hz` : 'silent'}. Artificial: z ${fmt(m.art.z, 2)}, y ${fmt(m.art.y, 2)}.`;
}
