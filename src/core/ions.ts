/**
 * Ions are the charge carriers that flow through channels; they are not
 * transmitters (the seed confused the two; science brief claim 9). Reversal
 * potentials are for a mammalian neuron at 37 °C.
 */
import type { Celsius, MilliMolar, MilliVolts } from './units';

/** Keys of the ion table. */
export type IonKey = 'na' | 'k' | 'cl' | 'ca';

/** An ion species with its concentrations and reversal (Nernst) potential. */
export interface Ion {
  kind: 'ion';
  key: IonKey;
  symbol: string;
  name: string;
  charge: number;
  outsideMilliMolar: MilliMolar;
  insideMilliMolar: MilliMolar;
  /** Value the models use. */
  reversalMilliVolts: MilliVolts;
  /** Textbook range for the reversal potential. */
  reversalRangeMilliVolts: readonly [MilliVolts, MilliVolts];
  source: string;
}

// Concentrations and ranges: science-brief-detailed.md §2.3 (textbook, tag [K]).
/** Na⁺, K⁺, Cl⁻ and Ca²⁺ with typical concentrations and reversal potentials. */
export const IONS: Readonly<Record<IonKey, Ion>> = {
  na: {
    kind: 'ion', key: 'na', symbol: 'Na⁺', name: 'sodium', charge: 1,
    // [Na]ᵢ 15 mM gives Nernst +60.6 mV at 37 °C, matching the value used (12 mM gave +66.6).
    outsideMilliMolar: 145, insideMilliMolar: 15,
    // science-brief.md "Numbers for the models": E_Na ≈ +55 to +60 mV; §2.3 range +55 to +65.
    reversalMilliVolts: 60, reversalRangeMilliVolts: [55, 65],
    source: 'Kandel et al. 2021, Principles of Neural Science (science brief §2.3)',
  },
  k: {
    kind: 'ion', key: 'k', symbol: 'K⁺', name: 'potassium', charge: 1,
    outsideMilliMolar: 5, insideMilliMolar: 140,
    // science-brief.md: E_K ≈ −90 mV; §2.3 range −80 to −100.
    reversalMilliVolts: -90, reversalRangeMilliVolts: [-100, -80],
    source: 'Kandel et al. 2021, Principles of Neural Science (science brief §2.3)',
  },
  cl: {
    kind: 'ion', key: 'cl', symbol: 'Cl⁻', name: 'chloride', charge: -1,
    outsideMilliMolar: 110, insideMilliMolar: 7,
    // science-brief.md: E_Cl ≈ −65 to −75 mV. −70 = rest, so GABA_A shunts (brief §2.3).
    reversalMilliVolts: -70, reversalRangeMilliVolts: [-75, -65],
    source: 'Kandel et al. 2021, Principles of Neural Science (science brief §2.3)',
  },
  ca: {
    kind: 'ion', key: 'ca', symbol: 'Ca²⁺', name: 'calcium', charge: 2,
    outsideMilliMolar: 2, insideMilliMolar: 0.0001,
    // science-brief.md: E_Ca ≈ +120 mV; §2.3 derives ≈ +130; these concentrations give +132.
    reversalMilliVolts: 120, reversalRangeMilliVolts: [120, 135],
    source: 'Kandel et al. 2021, Principles of Neural Science (science brief §2.3)',
  },
};

// CODATA exact SI values.
const GAS_CONSTANT = 8.314462618; // J/(mol·K)
const FARADAY = 96485.33212; // C/mol

/** Nernst potential E = (RT/zF)·ln([out]/[in]) in mV (37 °C unless given). */
export function nernstMilliVolts(
  charge: number,
  outsideMilliMolar: MilliMolar,
  insideMilliMolar: MilliMolar,
  temperatureCelsius: Celsius = 37,
): MilliVolts {
  const kelvin = temperatureCelsius + 273.15;
  return ((1000 * GAS_CONSTANT * kelvin) / (charge * FARADAY)) * Math.log(outsideMilliMolar / insideMilliMolar);
}
