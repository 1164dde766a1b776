/**
 * Summation of synaptic inputs at the soma, in two models:
 *
 *   linear        V = V_rest + Σ PSPᵢ                        (the essay's first picture)
 *   conductance   V = (g_L·E_L + Σ gᵢ·Eᵢ) / (g_L + Σ gᵢ)     (steady state; science brief)
 *
 * The conductance model saturates as V nears a reversal potential and lets an
 * inhibitory synapse whose reversal sits at rest divide excitation (shunting).
 */
import { requireFinite, requireNonNegative } from './checks';
import { TRANSMITTERS, type TransmitterKey } from './transmitters';
import type { MilliVolts, NanoSiemens } from './units';

/** Resting potential: science brief claim 5 (Kandel 2021). */
export const REST_MILLIVOLTS: MilliVolts = -70;
/** Spike threshold at the axon initial segment: science brief claim 8. */
export const THRESHOLD_MILLIVOLTS: MilliVolts = -55;
/** Leak conductance 10 nS = 1/(100 MΩ), the "realistic cell" input resistance (detailed brief §2.1). */
export const LEAK_CONDUCTANCE_NANOSIEMENS: NanoSiemens = 10;

/**
 * PSP of one full-strength synapse at the soma, in the essay's simplified
 * picture. Real unitary EPSPs are 0.15–5.5 mV, mean 1.3 mV (Markram et al.
 * 1997); the brief asks us to make them larger and say so: +6 mV lets three
 * strong excitatory synapses cross threshold (3 × 6 > 15 mV). The −4 mV IPSP
 * is exaggerated likewise; the essay's captions and the diagram say so.
 */
export const FULL_STRENGTH_PSP_MILLIVOLTS: Readonly<Record<TransmitterKey, MilliVolts>> = {
  glu: 6,
  ach: 6,
  // The linear model knows no reversal potential, so inhibition must be a negative PSP.
  gaba: -4,
  gly: -4,
};

/**
 * Peak conductance of a full-strength synapse. Excitatory: chosen so that one
 * synapse alone gives the same +6 mV as in the linear model,
 * g = g_L·ΔV / (E − E_L − ΔV) ≈ 0.94 nS, inside the brief's 0.1–1 nS per synapse.
 * Inhibitory: equal to g_L, so one full synapse doubles the input conductance
 * and roughly halves every EPSP (the brief's shunting demo, detailed §2.5).
 * A unitary GABA_A synapse is ~0.5–2 nS, so 10 nS is many synapses' worth:
 * exaggerated like the excitatory PSP, and the figure says so.
 */
export const FULL_STRENGTH_CONDUCTANCE_NANOSIEMENS: Readonly<Record<TransmitterKey, NanoSiemens>> = {
  glu: excitatoryConductanceFor('glu'),
  ach: excitatoryConductanceFor('ach'),
  gaba: LEAK_CONDUCTANCE_NANOSIEMENS,
  gly: LEAK_CONDUCTANCE_NANOSIEMENS,
};

function excitatoryConductanceFor(type: TransmitterKey): NanoSiemens {
  const psp = FULL_STRENGTH_PSP_MILLIVOLTS[type];
  const drive = TRANSMITTERS[type].reversalMilliVolts - REST_MILLIVOLTS;
  return (LEAK_CONDUCTANCE_NANOSIEMENS * psp) / (drive - psp);
}

/** Which summation model to use. */
export type SummationModel = 'linear' | 'conductance';

/** A synapse on the dendrite: transmitter and strength in [0, 1]. */
export interface SynapseInput {
  type: TransmitterKey;
  strength: number;
}

/** A conductance pulling the membrane toward its reversal potential. */
export interface ConductanceInput {
  conductanceNanoSiemens: NanoSiemens;
  reversalMilliVolts: MilliVolts;
}

/** Linear summation: V = V_rest + Σ PSPᵢ. RangeError for a non-finite potential. */
export function linearSummation(restMilliVolts: MilliVolts, pspsMilliVolts: readonly MilliVolts[]): MilliVolts {
  requireFinite('restMilliVolts', restMilliVolts);
  let v = restMilliVolts;
  for (const psp of pspsMilliVolts) {
    requireFinite('pspMilliVolts', psp);
    v += psp;
  }
  return v;
}

function checkConductance(input: ConductanceInput): void {
  requireNonNegative('conductanceNanoSiemens', input.conductanceNanoSiemens);
  requireFinite('reversalMilliVolts', input.reversalMilliVolts);
}

/**
 * Steady-state conductance summation: V = (g_L·E_L + Σ gᵢ·Eᵢ) / (g_L + Σ gᵢ).
 * RangeError for a conductance that is negative or not finite, a non-finite
 * reversal potential, or a total conductance of 0 (no steady state).
 */
export function conductanceSummation(
  inputs: readonly ConductanceInput[],
  leak: ConductanceInput = { conductanceNanoSiemens: LEAK_CONDUCTANCE_NANOSIEMENS, reversalMilliVolts: REST_MILLIVOLTS },
): MilliVolts {
  checkConductance(leak);
  let numerator = leak.conductanceNanoSiemens * leak.reversalMilliVolts;
  let denominator = leak.conductanceNanoSiemens;
  for (const input of inputs) {
    checkConductance(input);
    numerator += input.conductanceNanoSiemens * input.reversalMilliVolts;
    denominator += input.conductanceNanoSiemens;
  }
  if (!(denominator > 0)) throw new RangeError('the total conductance must be > 0');
  return numerator / denominator;
}

const clampStrength = (strength: number): number => (Number.isFinite(strength) ? Math.min(1, Math.max(0, strength)) : 0);

/** Conductance of a synapse of the given type and strength (clamped to [0, 1]). */
export function synapticConductanceNanoSiemens(type: TransmitterKey, strength: number): NanoSiemens {
  return clampStrength(strength) * FULL_STRENGTH_CONDUCTANCE_NANOSIEMENS[type];
}

function toConductance(synapse: SynapseInput): ConductanceInput {
  return {
    conductanceNanoSiemens: synapticConductanceNanoSiemens(synapse.type, synapse.strength),
    reversalMilliVolts: TRANSMITTERS[synapse.type].reversalMilliVolts,
  };
}

/** The potential change one synapse makes on its own, in the chosen model. */
export function pspMilliVolts(type: TransmitterKey, strength: number, model: SummationModel): MilliVolts {
  // "+ 0" turns 0 × (−4) = −0 into 0, so a readout never shows "−0.0 mV".
  if (model === 'linear') return clampStrength(strength) * FULL_STRENGTH_PSP_MILLIVOLTS[type] + 0;
  return conductanceSummation([toConductance({ type, strength })]) - REST_MILLIVOLTS;
}

/** One synapse's share of a somaPotential result. */
export interface SynapseContribution {
  type: TransmitterKey;
  /** Its own effect, alone, in the chosen model. */
  pspMilliVolts: MilliVolts;
  conductanceNanoSiemens: NanoSiemens;
}

/** The membrane potential at the soma and what shaped it. */
export interface SomaPotential {
  model: SummationModel;
  vmMilliVolts: MilliVolts;
  restMilliVolts: MilliVolts;
  thresholdMilliVolts: MilliVolts;
  /** Strict rule: vm ≥ threshold; below threshold nothing fires, however close. */
  fires: boolean;
  contributions: SynapseContribution[];
  /** Conductance model only: excitation sums ≥ 10 % sublinearly as V nears E_exc. */
  saturated: boolean;
  /** Conductance model only: inhibition shrinks depolarisation more by division than by its own pull. */
  shunting: boolean;
}

// Sublinearity beyond which the readout calls summation saturated.
const SATURATION_SHORTFALL = 0.1;
// Below this, a change in mV is treated as no change (readouts show one decimal).
const NEGLIGIBLE_MILLIVOLTS = 0.05;

/** Membrane potential at the soma for a set of synapses, in the linear or conductance model. */
export function somaPotential(synapses: readonly SynapseInput[], model: SummationModel): SomaPotential {
  const contributions = synapses.map((s) => ({
    type: s.type,
    pspMilliVolts: pspMilliVolts(s.type, s.strength, model),
    conductanceNanoSiemens: synapticConductanceNanoSiemens(s.type, s.strength),
  }));
  let vm: MilliVolts;
  let saturated = false;
  let shunting = false;
  if (model === 'linear') {
    vm = linearSummation(
      REST_MILLIVOLTS,
      contributions.map((c) => c.pspMilliVolts),
    );
  } else {
    const isExcitatory = (s: SynapseInput): boolean => TRANSMITTERS[s.type].sign === 'excitatory';
    const excitatory = synapses.filter(isExcitatory);
    const inhibitory = synapses.filter((s) => !isExcitatory(s));
    vm = conductanceSummation(synapses.map(toConductance));
    const excitationOnly = conductanceSummation(excitatory.map(toConductance)) - REST_MILLIVOLTS;
    const excitationSumOfParts = contributions.filter((c) => TRANSMITTERS[c.type].sign === 'excitatory').reduce((sum, c) => sum + c.pspMilliVolts, 0);
    saturated = excitationSumOfParts - excitationOnly > SATURATION_SHORTFALL * excitationSumOfParts && excitationSumOfParts > 0;
    const inhibitionAlone = Math.abs(conductanceSummation(inhibitory.map(toConductance)) - REST_MILLIVOLTS);
    const reduction = excitationOnly + REST_MILLIVOLTS - vm;
    shunting = inhibitory.some((s) => s.strength > 0) && reduction > NEGLIGIBLE_MILLIVOLTS && reduction > 2 * inhibitionAlone;
  }
  return {
    model,
    vmMilliVolts: vm,
    restMilliVolts: REST_MILLIVOLTS,
    thresholdMilliVolts: THRESHOLD_MILLIVOLTS,
    fires: vm >= THRESHOLD_MILLIVOLTS,
    contributions,
    saturated,
    shunting,
  };
}
