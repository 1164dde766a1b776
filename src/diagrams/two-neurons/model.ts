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
