/**
 * Ions are the charge carriers that flow through channels; they are not
 * transmitters (the seed confused the two; science brief claim 9). Reversal
 * potentials are for a mammalian neuron at 37 °C, and each one is the Nernst
 * potential of the stored concentrations (to within 1 mV; tested), so a
 * concentration slider and a reversal readout cannot disagree.
 */
import { requireFinite, requireNonNegative, requirePositive, requireTemperature } from './checks';
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

// Ranges: science-brief-detailed.md §2.3 (textbook, tag [K]). Concentrations:
// typical mammalian values, inside the ranges tabulated by Purves et al.,
// Neuroscience, 6th ed. 2018 (mammalian neuron: Na⁺ 5–15 in / 145 out, K⁺ 140 / 5,
// Cl⁻ 4–30 / 110, Ca²⁺ 0.0001 / 1–2 mM) and Hille 2001, Ion Channels of
// Excitable Membranes, 3rd ed., ch. 1.
/** Na⁺, K⁺, Cl⁻ and Ca²⁺ with typical concentrations and reversal potentials. */
export const IONS: Readonly<Record<IonKey, Ion>> = {
  na: {
    kind: 'ion',
    key: 'na',
    symbol: 'Na⁺',
    name: 'sodium',
    charge: 1,
    // 15 mM inside (top of Purves's 5–15): Nernst +60.6 mV at 37 °C. The former
    // 12 mM gave +66.6, outside the documented range.
    outsideMilliMolar: 145,
    insideMilliMolar: 15,
    // science-brief.md "Numbers for the models": E_Na ≈ +55 to +60 mV; §2.3 range +55 to +65.
    reversalMilliVolts: 60,
    reversalRangeMilliVolts: [55, 65],
    source: 'Kandel et al. 2021, Principles of Neural Science (science brief §2.3)',
  },
  k: {
    kind: 'ion',
    key: 'k',
    symbol: 'K⁺',
    name: 'potassium',
    charge: 1,
    // Nernst −89.1 mV at 37 °C.
    outsideMilliMolar: 5,
    insideMilliMolar: 140,
    // science-brief.md: E_K ≈ −90 mV; §2.3 range −80 to −100.
    reversalMilliVolts: -90,
    reversalRangeMilliVolts: [-100, -80],
    source: 'Kandel et al. 2021, Principles of Neural Science (science brief §2.3)',
  },
  cl: {
    kind: 'ion',
    key: 'cl',
    symbol: 'Cl⁻',
    name: 'chloride',
    charge: -1,
    // 8 mM inside (brief §2.3: 7–10): Nernst −70.1 mV at 37 °C, at rest, as the
    // shunting demo needs. The former 7 mM gave −73.6.
    outsideMilliMolar: 110,
    insideMilliMolar: 8,
    // science-brief.md: E_Cl ≈ −65 to −75 mV. −70 = rest, so GABA_A shunts (brief §2.3).
    reversalMilliVolts: -70,
    reversalRangeMilliVolts: [-75, -65],
    source: 'Kandel et al. 2021, Principles of Neural Science (science brief §2.3)',
  },
  ca: {
    kind: 'ion',
    key: 'ca',
    symbol: 'Ca²⁺',
    name: 'calcium',
    charge: 2,
    // Free (ionised) Ca²⁺ outside ≈ 1.2 mM (Purves: 1–2; total Ca²⁺ is higher),
    // free Ca²⁺ inside at rest ≈ 100 nM (Hille 2001): Nernst +125.5 mV at 37 °C.
    // The former 2 mM gave +132, outside the documented range.
    outsideMilliMolar: 1.2,
    insideMilliMolar: 0.0001,
    // science-brief.md: E_Ca ≈ +120 mV; §2.3 derives ≈ +130. 125 is the Nernst value.
    reversalMilliVolts: 125,
    reversalRangeMilliVolts: [120, 130],
    source: 'Kandel et al. 2021, Principles of Neural Science (science brief §2.3)',
  },
};

// CODATA exact SI values.
const GAS_CONSTANT = 8.314462618; // J/(mol·K)
const FARADAY = 96485.33212; // C/mol

// RT/F in mV at a temperature in °C.
function thermalMilliVolts(temperatureCelsius: Celsius): MilliVolts {
  requireTemperature('temperatureCelsius', temperatureCelsius);
  return (1000 * GAS_CONSTANT * (temperatureCelsius + 273.15)) / FARADAY;
}

/**
 * Nernst potential E = (RT/zF)·ln([out]/[in]) in mV (37 °C unless given).
 * Throws a RangeError for a zero or non-finite charge, a concentration that
 * is not finite and > 0, or a temperature at or below absolute zero.
 */
export function nernstMilliVolts(charge: number, outsideMilliMolar: MilliMolar, insideMilliMolar: MilliMolar, temperatureCelsius: Celsius = 37): MilliVolts {
  requireFinite('charge', charge);
  if (charge === 0) throw new RangeError('charge must not be 0: an uncharged species has no Nernst potential');
  requirePositive('outsideMilliMolar', outsideMilliMolar);
  requirePositive('insideMilliMolar', insideMilliMolar);
  return (thermalMilliVolts(temperatureCelsius) / charge) * Math.log(outsideMilliMolar / insideMilliMolar);
}

/** The ions the Goldman–Hodgkin–Katz equation and the HH membrane read. */
export type PermeantIonKey = 'na' | 'k' | 'cl';

/** Concentrations of Na⁺, K⁺ and Cl⁻ on both sides of the membrane. */
export type IonConcentrations = Readonly<Record<PermeantIonKey, { readonly outsideMilliMolar: MilliMolar; readonly insideMilliMolar: MilliMolar }>>;

/** The concentrations of `IONS` (mammalian neuron). */
export const DEFAULT_ION_CONCENTRATIONS: IonConcentrations = {
  na: { outsideMilliMolar: IONS.na.outsideMilliMolar, insideMilliMolar: IONS.na.insideMilliMolar },
  k: { outsideMilliMolar: IONS.k.outsideMilliMolar, insideMilliMolar: IONS.k.insideMilliMolar },
  cl: { outsideMilliMolar: IONS.cl.outsideMilliMolar, insideMilliMolar: IONS.cl.insideMilliMolar },
};

/** Relative permeabilities for the GHK equation (only the ratios matter). */
export type Permeabilities = Readonly<Record<PermeantIonKey, number>>;

/**
 * Resting permeability ratios pK : pNa : pCl = 1 : 0.04 : 0.45, measured in
 * squid axon by Hodgkin & Katz 1949 (J. Physiol. 108:37,
 * doi:10.1113/jphysiol.1949.sp004310) and the usual textbook values for a
 * resting neuron (Purves et al., Neuroscience; Kandel et al. 2021 give
 * pNa/pK ≈ 0.04–0.05). With the default concentrations: −69.0 mV at 37 °C.
 */
export const RESTING_PERMEABILITIES: Permeabilities = { k: 1, na: 0.04, cl: 0.45 };

/**
 * Goldman–Hodgkin–Katz voltage equation (Goldman 1943; Hodgkin & Katz 1949):
 *
 *   V = (RT/F)·ln((pK[K]o + pNa[Na]o + pCl[Cl]i) / (pK[K]i + pNa[Na]i + pCl[Cl]o))
 *
 * the potential at which the three ions' currents cancel (the resting
 * potential, pumps aside). Chloride's sides swap because its charge is −1.
 * With one permeability non-zero it is that ion's Nernst potential. Throws a
 * RangeError for a concentration that is not finite and > 0, a permeability
 * that is negative or non-finite, or all permeabilities 0.
 */
export function ghkVoltageMilliVolts(
  concentrations: IonConcentrations = DEFAULT_ION_CONCENTRATIONS,
  permeabilities: Permeabilities = RESTING_PERMEABILITIES,
  temperatureCelsius: Celsius = 37,
): MilliVolts {
  for (const key of ['na', 'k', 'cl'] as const) {
    requirePositive(`${key}.outsideMilliMolar`, concentrations[key].outsideMilliMolar);
    requirePositive(`${key}.insideMilliMolar`, concentrations[key].insideMilliMolar);
    requireNonNegative(`permeabilities.${key}`, permeabilities[key]);
  }
  const { na, k, cl } = concentrations;
  const p = permeabilities;
  if (p.na + p.k + p.cl === 0) throw new RangeError('at least one permeability must be > 0');
  const towardInside = p.k * k.outsideMilliMolar + p.na * na.outsideMilliMolar + p.cl * cl.insideMilliMolar;
  const towardOutside = p.k * k.insideMilliMolar + p.na * na.insideMilliMolar + p.cl * cl.outsideMilliMolar;
  return thermalMilliVolts(temperatureCelsius) * Math.log(towardInside / towardOutside);
}
