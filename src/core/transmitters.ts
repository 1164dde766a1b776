/**
 * Neurotransmitters are molecules; the receptor they bind decides which ions
 * flow, and so the sign (science brief claims 9–11). The table is keyed by
 * transmitter because the dendrite-sum diagram's `syn` parameter is.
 */
import { IONS, type IonKey } from './ions';
import type { MilliSeconds, MilliVolts } from './units';

/** Public keys: glutamate, acetylcholine, GABA, glycine. */
export type TransmitterKey = 'glu' | 'ach' | 'gaba' | 'gly';

/** The effect of a synapse relative to threshold. */
export type SynapticSign = 'excitatory' | 'inhibitory';

/** A transmitter with the receptor that sets its effect. */
export interface Transmitter {
  kind: 'transmitter';
  key: TransmitterKey;
  name: string;
  receptor: string;
  /** Ions the receptor channel lets through. */
  ions: readonly IonKey[];
  reversalMilliVolts: MilliVolts;
  /** Excitatory if the reversal potential lies above threshold. */
  sign: SynapticSign;
  /** Decay time constant of the synaptic conductance. */
  decayTauMs: MilliSeconds;
  source: string;
}

/** The four fast transmitter–receptor pairs of the essay. */
export const TRANSMITTERS: Readonly<Record<TransmitterKey, Transmitter>> = {
  glu: {
    kind: 'transmitter',
    key: 'glu',
    name: 'glutamate',
    receptor: 'AMPA',
    ions: ['na', 'k'],
    // Mixed-cation channel, reversal ≈ 0 mV (science brief claim 11; detailed §2.4 B).
    reversalMilliVolts: 0,
    sign: 'excitatory',
    // AMPA decay 2–5 ms (science brief "Numbers for the models"); 3 ms is mid-range.
    decayTauMs: 3,
    source: 'Kandel et al. 2021; science brief §2.4',
  },
  ach: {
    kind: 'transmitter',
    key: 'ach',
    name: 'acetylcholine',
    receptor: 'nicotinic',
    ions: ['na', 'k', 'ca'],
    // Nicotinic receptors are mixed-cation like AMPA: reversal ≈ 0 mV (science brief numbers).
    reversalMilliVolts: 0,
    sign: 'excitatory',
    // Not in the brief: endplate currents decay in ~1–2 ms (textbook [K], Kandel 2021); check.
    decayTauMs: 1.5,
    source: 'Kandel et al. 2021 (nicotinic at the neuromuscular junction)',
  },
  gaba: {
    kind: 'transmitter',
    key: 'gaba',
    name: 'GABA',
    receptor: 'GABA_A',
    ions: ['cl'],
    // Cl⁻ channel (also HCO₃⁻, not modelled): reversal = E_Cl (science brief claim 11).
    reversalMilliVolts: IONS.cl.reversalMilliVolts,
    sign: 'inhibitory',
    // GABA_A decay 5–20 ms (science brief); Destexhe-type β = 0.18 ms⁻¹ ≈ 5.6 ms (detailed §2.4 B).
    decayTauMs: 5.6,
    source: 'Kandel et al. 2021; science brief §2.4',
  },
  gly: {
    kind: 'transmitter',
    key: 'gly',
    name: 'glycine',
    receptor: 'glycine receptor',
    ions: ['cl'],
    // Cl⁻ channel, mainly spinal cord and brainstem (detailed brief claim 8b).
    reversalMilliVolts: IONS.cl.reversalMilliVolts,
    sign: 'inhibitory',
    // Not in the brief: glycinergic IPSCs decay in ~5–10 ms (textbook [K]); check.
    decayTauMs: 6,
    source: 'Kandel et al. 2021; science brief claim 8b',
  },
};

/** All transmitter keys, in table order. */
export const TRANSMITTER_KEYS: readonly TransmitterKey[] = ['glu', 'ach', 'gaba', 'gly'];

/** Type guard for user input such as a URL parameter. */
export function isTransmitterKey(value: string): value is TransmitterKey {
  return (TRANSMITTER_KEYS as readonly string[]).includes(value);
}
