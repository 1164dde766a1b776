/**
 * Unit aliases. They are plain numbers to the compiler; the names make the
 * unit visible at every call site, which is where unit bugs are caught.
 */

/** Electric potential in millivolts. */
export type MilliVolts = number;
/** Time in milliseconds. */
export type MilliSeconds = number;
/** Current in nanoamperes (point-neuron models). */
export type NanoAmps = number;
/** Conductance in nanosiemens (point-neuron models). */
export type NanoSiemens = number;
/** Resistance in megaohms; MΩ × nA = mV. */
export type MegaOhms = number;
/** Specific membrane capacitance in µF/cm² (Hodgkin–Huxley). */
export type MicroFaradsPerCm2 = number;
/** Current density in µA/cm² (Hodgkin–Huxley). */
export type MicroAmpsPerCm2 = number;
/** Specific conductance in mS/cm² (Hodgkin–Huxley). */
export type MilliSiemensPerCm2 = number;
/** Firing rate in spikes per second. */
export type Hertz = number;
/** Concentration in millimolar. */
export type MilliMolar = number;
/** Temperature in degrees Celsius. */
export type Celsius = number;
