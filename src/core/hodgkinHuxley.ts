/**
 * Hodgkin–Huxley squid-axon model (Hodgkin & Huxley 1952, J. Physiol. 117:500,
 * doi:10.1113/jphysiol.1952.sp004764) in the modern convention (rest ≈ −65 mV,
 * E_Na +50, E_K −77, E_L −54.4 mV; science brief "Numbers for the models"),
 * shifted by −5 mV so rest sits at the essay's −70 mV. Rates are computed on
 * the unshifted voltage, so the dynamics are exactly the classic ones. The
 * rate constants are Hodgkin & Huxley's at 6.3 °C, the temperature of their
 * experiments; `temperatureCelsius` scales them by Q10 = 3 (`hhRateFactor`).
 * The default reversal potentials are the squid model's (shifted), not the
 * mammalian ones of `IONS`; `hhReversalsFromIons` derives a membrane from
 * concentrations instead, so a diagram reads one source for both.
 */
import { requireFinite, requireInRange, requireNonNegative, requireTemperature } from './checks';
import { nernstMilliVolts, type IonConcentrations } from './ions';
import type { Celsius, MicroAmpsPerCm2, MicroFaradsPerCm2, MilliSeconds, MilliSiemensPerCm2, MilliVolts } from './units';

/** Display shift: modern HH rest −65 mV → essay rest −70 mV (science brief). */
export const HH_SHIFT_MILLIVOLTS: MilliVolts = -5;

/** Parameters of the 1952 model (science brief), voltages already shifted by −5 mV. */
export const HH_PARAMS = {
  capacitance: 1 as MicroFaradsPerCm2,
  gNa: 120 as MilliSiemensPerCm2,
  gK: 36 as MilliSiemensPerCm2,
  gLeak: 0.3 as MilliSiemensPerCm2,
  eNaMilliVolts: 50 + HH_SHIFT_MILLIVOLTS,
  eKMilliVolts: -77 + HH_SHIFT_MILLIVOLTS,
  eLeakMilliVolts: -54.4 + HH_SHIFT_MILLIVOLTS,
} as const;

// Below this |x| the series replaces the formula, whose 1 − e^(−x/k) loses digits.
const SERIES_LIMIT = 1e-4;

// x / (1 − e), where e = e^(−x/k) is supplied by the caller (the rates share exponentials).
function vtrapWithExp(x: number, k: number, e: number): number {
  if (Math.abs(x) < SERIES_LIMIT) return k + x / 2 + (x * x) / (12 * k);
  return x / (1 - e);
}

/**
 * x / (1 − e^(−x/k)), which is 0/0 at x = 0. Near 0 it uses the series
 * k + x/2 + x²/(12k) (its next term, x⁴/(720k³), is below rounding for
 * |x| < 1e-4), so the limit k is exact at x = 0.
 */
export function vtrap(x: number, k: number): number {
  if (Math.abs(x) < SERIES_LIMIT) return vtrapWithExp(x, k, 0);
  return x / -Math.expm1(-x / k);
}

// Rates into a reusable buffer: the integrators call this 4 times a step, and
// allocation-free loops are what keep the model well above real time.
const EXP_MINUS_HALF = Math.exp(-0.5);
const EXP_MINUS_TWO = Math.exp(-2);
const ALPHA_M = 0,
  BETA_M = 1,
  ALPHA_H = 2,
  BETA_H = 3,
  ALPHA_N = 4,
  BETA_N = 5;

function ratesInto(vMilliVolts: MilliVolts, out: Float64Array): void {
  const u = vMilliVolts - HH_SHIFT_MILLIVOLTS; // classic modern-convention voltage
  // Three exponentials instead of six: e^(−(u+40)/10) and e^(−(u+55)/10) are
  // e^(−(u+35)/10) times constants, and e^(−(u+65)/20) is (e^(−(u+65)/80))⁴.
  const e35 = Math.exp(-(u + 35) / 10);
  const e65 = Math.exp(-(u + 65) / 80);
  const e65Squared = e65 * e65;
  out[ALPHA_M] = 0.1 * vtrapWithExp(u + 40, 10, e35 * EXP_MINUS_HALF);
  out[BETA_M] = 4 * Math.exp(-(u + 65) / 18);
  out[ALPHA_H] = 0.07 * e65Squared * e65Squared;
  out[BETA_H] = 1 / (1 + e35);
  out[ALPHA_N] = 0.01 * vtrapWithExp(u + 55, 10, e35 * EXP_MINUS_TWO);
  out[BETA_N] = 0.125 * e65;
}

/** Opening and closing rates (1/ms) of the m, h and n gates at a (shifted) voltage. */
export function hhRates(vMilliVolts: MilliVolts): {
  alphaM: number;
  betaM: number;
  alphaH: number;
  betaH: number;
  alphaN: number;
  betaN: number;
} {
  const r = new Float64Array(6);
  ratesInto(vMilliVolts, r);
  return {
    alphaM: r[ALPHA_M],
    betaM: r[BETA_M],
    alphaH: r[ALPHA_H],
    betaH: r[BETA_H],
    alphaN: r[ALPHA_N],
    betaN: r[BETA_N],
  };
}

/** Hodgkin & Huxley's experimental temperature: their rate constants are for 6.3 °C. */
export const HH_REFERENCE_TEMPERATURE_CELSIUS: Celsius = 6.3;

/** Temperature coefficient of the gating rates (Hodgkin & Huxley 1952, J. Physiol. 117:500, p. 519). */
export const HH_Q10 = 3;

/**
 * The factor φ = Q10^((T − 6.3)/10) that multiplies every rate constant at
 * temperature T (the reversal potentials do not change with it; for that,
 * see `hhReversalsFromIons`). φ = 1 at 6.3 °C, ≈ 29 at 37 °C.
 */
export function hhRateFactor(temperatureCelsius: Celsius): number {
  requireTemperature('temperatureCelsius', temperatureCelsius);
  return HH_Q10 ** ((temperatureCelsius - HH_REFERENCE_TEMPERATURE_CELSIUS) / 10);
}

/** The reversal potentials of the membrane's three currents. */
export interface HhReversals {
  eNaMilliVolts: MilliVolts;
  eKMilliVolts: MilliVolts;
  eLeakMilliVolts: MilliVolts;
}

/** One run's membrane: conductances after block, reversals, capacitance, rate factor φ. */
interface Membrane {
  gNa: number;
  gK: number;
  gLeak: number;
  c: number;
  eNa: number;
  eK: number;
  eL: number;
  phi: number;
}

type Stepper = (s: Float64Array, t: number, dt: number, stimulus: (t: number) => number) => void;

function createRk4(mb: Membrane): Stepper {
  const r = new Float64Array(6);
  const d = new Float64Array(16); // k1…k4, four components each
  const phi = mb.phi;
  // Writes dV/dt, dm/dt, dh/dt, dn/dt at (v, m, h, n) into d[at…at+3]; scalars, no allocation.
  const derivative = (v: number, m: number, h: number, n: number, current: number, at: number): void => {
    ratesInto(v, r);
    const ionic = mb.gNa * m * m * m * h * (v - mb.eNa) + mb.gK * n * n * n * n * (v - mb.eK) + mb.gLeak * (v - mb.eL);
    d[at] = (current - ionic) / mb.c;
    d[at + 1] = phi * (r[ALPHA_M] * (1 - m) - r[BETA_M] * m);
    d[at + 2] = phi * (r[ALPHA_H] * (1 - h) - r[BETA_H] * h);
    d[at + 3] = phi * (r[ALPHA_N] * (1 - n) - r[BETA_N] * n);
  };
  return (s, t, dt, stimulus) => {
    const v = s[0],
      m = s[1],
      h = s[2],
      n = s[3];
    const half = dt / 2;
    const iMid = stimulus(t + half);
    derivative(v, m, h, n, stimulus(t), 0);
    derivative(v + half * d[0], m + half * d[1], h + half * d[2], n + half * d[3], iMid, 4);
    derivative(v + half * d[4], m + half * d[5], h + half * d[6], n + half * d[7], iMid, 8);
    derivative(v + dt * d[8], m + dt * d[9], h + dt * d[10], n + dt * d[11], stimulus(t + dt), 12);
    for (let i = 0; i < 4; i++) s[i] += (dt / 6) * (d[i] + 2 * d[4 + i] + 2 * d[8 + i] + d[12 + i]);
  };
}

// Each variable's equation is linear in that variable, with coefficients that
// depend only on the others: dx/dt = (x∞ − x)/τ for the gates (x∞, τ from V)
// and for V (V∞ = (Σ gᵢEᵢ + I)/Σ gᵢ, τ = C/Σ gᵢ from the gates). `advance`
// moves every variable of `from` over dt along its exact exponential with the
// coefficients frozen at state `at` (Rush & Larsen 1978, IEEE Trans. Biomed.
// Eng. 25:389). Gates stay in [0, 1] and V between the reversals (offset by
// I/Σg) at any dt and any rate: nothing can overshoot, so nothing goes NaN.
function createAdvance(mb: Membrane): (from: Float64Array, at: Float64Array, current: number, dt: number, out: Float64Array) => void {
  const r = new Float64Array(6);
  const relax = (x: number, a: number, b: number, dt: number): number => {
    const inf = a / (a + b);
    return inf + (x - inf) * Math.exp(-dt * mb.phi * (a + b));
  };
  return (from, at, current, dt, out) => {
    const v = at[0],
      m = at[1],
      h = at[2],
      n = at[3];
    ratesInto(v, r);
    const gNa = mb.gNa * m * m * m * h;
    const gK = mb.gK * n * n * n * n;
    const gTotal = gNa + gK + mb.gLeak;
    const vInf = (gNa * mb.eNa + gK * mb.eK + mb.gLeak * mb.eL + current) / gTotal;
    // Element by element, so `out` may be `from` (each entry reads only its own).
    out[0] = vInf + (from[0] - vInf) * Math.exp((-dt * gTotal) / mb.c);
    out[1] = relax(from[1], r[ALPHA_M], r[BETA_M], dt);
    out[2] = relax(from[2], r[ALPHA_H], r[BETA_H], dt);
    out[3] = relax(from[3], r[ALPHA_N], r[BETA_N], dt);
  };
}

// First order: coefficients frozen at the start of the step.
function createExponentialEuler(mb: Membrane): Stepper {
  const advance = createAdvance(mb);
  return (s, t, dt, stimulus) => advance(s, s, stimulus(t), dt, s);
}

// Second order (exponential midpoint): a half step of exponential Euler
// predicts the midpoint state; the full step then relaxes from the start with
// the coefficients frozen there. As stable as exponential Euler; at
// dt = 0.025 ms its 1 ms threshold (6.925 µA/cm²) is 0.06 % above the
// converged 6.9207, and spike times are within 0.01 ms.
function createExponentialMidpoint(mb: Membrane): Stepper {
  const advance = createAdvance(mb);
  const mid = new Float64Array(4);
  return (s, t, dt, stimulus) => {
    const current = stimulus(t + dt / 2);
    advance(s, s, current, dt / 2, mid);
    advance(s, mid, current, dt, s);
  };
}

/**
 * A stimulus as data, for a diagram's controls:
 * - `pulse`: `amplitude` from `startMs` for `durationMs`;
 * - `step`: `amplitude` from `startMs` to the end of the run (sustained);
 * - `pair`: two pulses of `durationMs`, the second starting `intervalMs` after
 *   the first (onset to onset); where they overlap the current is `amplitude`, not twice it.
 */
export type HhStimulus =
  | { kind: 'pulse'; startMs: MilliSeconds; durationMs: MilliSeconds; amplitudeMicroAmpsPerCm2: MicroAmpsPerCm2 }
  | { kind: 'step'; startMs: MilliSeconds; amplitudeMicroAmpsPerCm2: MicroAmpsPerCm2 }
  | {
      kind: 'pair';
      startMs: MilliSeconds;
      durationMs: MilliSeconds;
      intervalMs: MilliSeconds;
      amplitudeMicroAmpsPerCm2: MicroAmpsPerCm2;
    };

/** The stimulus function a description stands for; RangeError for non-finite or negative times. */
export function hhStimulus(stimulus: HhStimulus): (tMs: MilliSeconds) => MicroAmpsPerCm2 {
  requireFinite('amplitudeMicroAmpsPerCm2', stimulus.amplitudeMicroAmpsPerCm2);
  requireFinite('startMs', stimulus.startMs);
  const amp = stimulus.amplitudeMicroAmpsPerCm2;
  if (stimulus.kind === 'step') return (t) => (t >= stimulus.startMs ? amp : 0);
  requireNonNegative('durationMs', stimulus.durationMs);
  const first = currentPulse(stimulus.startMs, stimulus.durationMs, amp);
  if (stimulus.kind === 'pulse') return first;
  requireNonNegative('intervalMs', stimulus.intervalMs);
  const second = currentPulse(stimulus.startMs + stimulus.intervalMs, stimulus.durationMs, amp);
  return (t) => (first(t) !== 0 ? amp : second(t));
}

/** Fractions of channels blocked: TTX blocks Na⁺ channels, TEA K⁺ channels (0 = none, 1 = all). */
export interface HhBlock {
  ttx?: number;
  tea?: number;
}

/** Options for simulateHodgkinHuxley. */
export interface HhOptions {
  durationMs: MilliSeconds;
  /**
   * Integration step; at most 0.025 ms (science brief). Default 0.025 ms: with
   * the default method the 1 ms threshold is then within 0.1 % of its
   * converged value (6.9207 µA/cm²) and spike times within 0.01 ms.
   */
  dtMs?: MilliSeconds;
  /** Injected current density: a function of time or an `HhStimulus`. Default: none. */
  stimulus?: ((tMs: MilliSeconds) => MicroAmpsPerCm2) | HhStimulus;
  /** Keep every n-th step. Default 1. */
  recordEvery?: number;
  /**
   * Starting voltage; gates start at their steady state there. Default −70 mV,
   * or, if `reversals` or `block` is given, the resting potential of that
   * membrane (`hhRestingPotentialMilliVolts`).
   */
  initialVMilliVolts?: MilliVolts;
  /**
   * - 'exponentialMidpoint' (default): second-order exponential integrator;
   *   stable at every current, temperature and reversal, gates stay in [0, 1].
   * - 'rk4': 4th-order Runge–Kutta, the most accurate at 6.3 °C and moderate
   *   currents, but explicit: it cannot follow gates faster than about
   *   2.8/dt (strong hyperpolarisation, e.g. −50 µA/cm² sustained, or warm
   *   temperatures, roughly above 25 °C at dt 0.025 ms), and then stops with a RangeError.
   * - 'exponentialEuler': first order (Rush–Larsen); stable, but its 1 ms
   *   threshold at dt 0.025 ms is 2 % high.
   */
  method?: 'exponentialMidpoint' | 'rk4' | 'exponentialEuler';
  /**
   * Temperature of the rate constants, Q10 = 3 (`hhRateFactor`). Default
   * 6.3 °C, Hodgkin & Huxley's. Warmer spikes are briefer and lower: 0.59 ms
   * wide at half amplitude at 15 °C, 0.26 ms at 25 °C, and the model stops
   * overshooting 0 mV near 27 °C (heat block). A 0.26 ms spike spans only ten
   * 0.025 ms steps: at 25 °C the default method's peak is then 1.1 mV low
   * (0.2 mV at dt 0.01 ms), so warm runs want a smaller dtMs.
   */
  temperatureCelsius?: Celsius;
  /** Reversal potentials; each missing one is HH_PARAMS's. See `hhReversalsFromIons`. */
  reversals?: Partial<HhReversals>;
  /** Channel block: gNa × (1 − ttx), gK × (1 − tea). Default none. */
  block?: HhBlock;
}

/**
 * A recorded Hodgkin–Huxley run. Currents are membrane current densities,
 * outward positive (HH's convention): the Na⁺ current of a spike is negative (inward).
 */
export interface HhTrace {
  tMs: Float64Array;
  vMilliVolts: Float64Array;
  m: Float64Array;
  h: Float64Array;
  n: Float64Array;
  iNaMicroAmpsPerCm2: Float64Array;
  iKMicroAmpsPerCm2: Float64Array;
  iLeakMicroAmpsPerCm2: Float64Array;
  /** The injected current at each sample time. */
  iStimMicroAmpsPerCm2: Float64Array;
}

/** Steady-state gate values (m∞, h∞, n∞) at a voltage. */
export function hhSteadyState(vMilliVolts: MilliVolts): { m: number; h: number; n: number } {
  const r = hhRates(vMilliVolts);
  return {
    m: r.alphaM / (r.alphaM + r.betaM),
    h: r.alphaH / (r.alphaH + r.betaH),
    n: r.alphaN / (r.alphaN + r.betaN),
  };
}

// Membrane current (µA/cm², outward positive) with the gates at steady state at V.
function steadyStateCurrent(v: number, mb: Membrane): number {
  const g = hhSteadyState(v);
  return mb.gNa * g.m ** 3 * g.h * (v - mb.eNa) + mb.gK * g.n ** 4 * (v - mb.eK) + mb.gLeak * (v - mb.eL);
}

function membraneFor(reversals: Partial<HhReversals> = {}, block: HhBlock = {}, temperatureCelsius?: Celsius): Membrane {
  const ttx = block.ttx ?? 0;
  const tea = block.tea ?? 0;
  requireInRange('block.ttx', ttx, 0, 1);
  requireInRange('block.tea', tea, 0, 1);
  const eNa = reversals.eNaMilliVolts ?? HH_PARAMS.eNaMilliVolts;
  const eK = reversals.eKMilliVolts ?? HH_PARAMS.eKMilliVolts;
  const eL = reversals.eLeakMilliVolts ?? HH_PARAMS.eLeakMilliVolts;
  requireFinite('reversals.eNaMilliVolts', eNa);
  requireFinite('reversals.eKMilliVolts', eK);
  requireFinite('reversals.eLeakMilliVolts', eL);
  return {
    gNa: HH_PARAMS.gNa * (1 - ttx),
    gK: HH_PARAMS.gK * (1 - tea),
    gLeak: HH_PARAMS.gLeak,
    c: HH_PARAMS.capacitance,
    eNa,
    eK,
    eL,
    phi: temperatureCelsius === undefined ? 1 : hhRateFactor(temperatureCelsius),
  };
}

/**
 * The membrane's resting potential: the lowest potential where its
 * steady-state current (gates at their steady state) is zero. That current
 * is negative at the lowest reversal potential and positive at the highest,
 * so a zero lies between; a 1 mV scan finds the first sign change and
 * bisection refines it. −70.0 mV for the defaults; independent of temperature.
 */
export function hhRestingPotentialMilliVolts(reversals: Partial<HhReversals> = {}, block: HhBlock = {}): MilliVolts {
  const mb = membraneFor(reversals, block);
  const top = Math.max(mb.eNa, mb.eK, mb.eL);
  let lo = Math.min(mb.eNa, mb.eK, mb.eL);
  let hi = lo;
  while (hi < top) {
    hi = Math.min(top, lo + 1);
    if (steadyStateCurrent(hi, mb) >= 0) break;
    lo = hi;
  }
  // 50 halvings take the 1 mV bracket below 1e-15 mV.
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (steadyStateCurrent(mid, mb) >= 0) hi = mid;
    else lo = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Reversal potentials for given Na⁺, K⁺ and Cl⁻ concentrations at a
 * temperature, for `simulateHodgkinHuxley`'s `reversals`: each is a Nernst
 * potential, E_Na of Na⁺, E_K of K⁺, and the leak's of Cl⁻ (Hodgkin & Huxley
 * 1952 took their leak to be carried chiefly by chloride). With the default
 * concentrations at 6.3 °C (E_Na +54.6, E_K −80.2, E_leak −63.1 mV) the
 * membrane rests at −70.4 mV, next to the classic model's −70; at 37 °C the
 * values are +60.6, −89.1, −70.1 mV. Use the same temperature as the
 * simulation: RT/F grows with it. The GHK voltage (`ghkVoltageMilliVolts`)
 * is the potential a membrane with only the resting permeabilities would take;
 * this membrane's rest (`hhRestingPotentialMilliVolts`) also counts its
 * voltage-gated channels, so the two differ by a few mV and move together.
 */
export function hhReversalsFromIons(concentrations: IonConcentrations, temperatureCelsius: Celsius): HhReversals {
  const nernst = (key: 'na' | 'k' | 'cl', charge: number): MilliVolts =>
    nernstMilliVolts(charge, concentrations[key].outsideMilliMolar, concentrations[key].insideMilliMolar, temperatureCelsius);
  return { eNaMilliVolts: nernst('na', 1), eKMilliVolts: nernst('k', 1), eLeakMilliVolts: nernst('cl', -1) };
}

const STEPPERS = {
  exponentialMidpoint: createExponentialMidpoint,
  rk4: createRk4,
  exponentialEuler: createExponentialEuler,
} as const;

/**
 * Integrates the Hodgkin–Huxley equations and records V, m, h, n and the
 * currents. Throws a RangeError for an argument out of its domain, for a
 * non-finite stimulus value, or if the 'rk4' method diverges.
 */
export function simulateHodgkinHuxley(options: HhOptions): HhTrace {
  const dt = options.dtMs ?? 0.025;
  if (!(dt > 0 && dt <= 0.025)) throw new RangeError('dtMs must be in (0, 0.025] ms');
  requireNonNegative('durationMs', options.durationMs);
  const given = options.stimulus ?? (() => 0);
  const stimulus = typeof given === 'function' ? given : hhStimulus(given);
  const every = Math.max(1, Math.floor(options.recordEvery ?? 1));
  const mb = membraneFor(options.reversals, options.block, options.temperatureCelsius ?? HH_REFERENCE_TEMPERATURE_CELSIUS);
  const method = options.method ?? 'exponentialMidpoint';
  const step = STEPPERS[method](mb);
  const steps = Math.round(options.durationMs / dt);
  const samples = Math.floor(steps / every) + 1;
  const column = (): Float64Array => new Float64Array(samples);
  const trace: HhTrace = {
    tMs: column(),
    vMilliVolts: column(),
    m: column(),
    h: column(),
    n: column(),
    iNaMicroAmpsPerCm2: column(),
    iKMicroAmpsPerCm2: column(),
    iLeakMicroAmpsPerCm2: column(),
    iStimMicroAmpsPerCm2: column(),
  };
  const v0 = options.initialVMilliVolts ?? (options.reversals || options.block ? hhRestingPotentialMilliVolts(options.reversals, options.block) : -70);
  requireFinite('initialVMilliVolts', v0);
  const g0 = hhSteadyState(v0);
  const s = Float64Array.of(v0, g0.m, g0.h, g0.n);
  // A non-finite current would poison every later sample: refuse it where it enters.
  const checkedStimulus = (t: number): number => {
    const i = stimulus(t);
    if (!Number.isFinite(i)) throw new RangeError(`the stimulus returned ${i} µA/cm² at t = ${t} ms`);
    return i;
  };
  // Locals, not trace.x lookups: recording every step is what a scrubbed diagram asks for.
  const { tMs, vMilliVolts, m: mTrace, h: hTrace, n: nTrace } = trace;
  const iNa = trace.iNaMicroAmpsPerCm2,
    iK = trace.iKMicroAmpsPerCm2;
  const iLeak = trace.iLeakMicroAmpsPerCm2,
    iStim = trace.iStimMicroAmpsPerCm2;
  const record = (i: number, t: number): void => {
    const v = s[0],
      m = s[1],
      h = s[2],
      n = s[3];
    tMs[i] = t;
    vMilliVolts[i] = v;
    mTrace[i] = m;
    hTrace[i] = h;
    nTrace[i] = n;
    iNa[i] = mb.gNa * m * m * m * h * (v - mb.eNa);
    iK[i] = mb.gK * n * n * n * n * (v - mb.eK);
    iLeak[i] = mb.gLeak * (v - mb.eL);
    iStim[i] = checkedStimulus(t);
  };
  record(0, 0);
  for (let k = 1; k <= steps; k++) {
    step(s, (k - 1) * dt, dt, checkedStimulus);
    if (!Number.isFinite(s[0])) {
      throw new RangeError(`the '${method}' integrator diverged at t = ${(k * dt).toFixed(3)} ms; use the default method`);
    }
    if (k % every === 0) record(k / every, k * dt);
  }
  return trace;
}

/** Times of upward threshold crossings, linearly interpolated between samples. */
export function detectSpikes(vMilliVolts: ArrayLike<number>, tMs: ArrayLike<number>, thresholdMilliVolts: MilliVolts = 0): MilliSeconds[] {
  const times: MilliSeconds[] = [];
  for (let i = 1; i < vMilliVolts.length; i++) {
    const a = vMilliVolts[i - 1];
    const b = vMilliVolts[i];
    if (a < thresholdMilliVolts && b >= thresholdMilliVolts) {
      const t0 = tMs[i - 1];
      const t1 = tMs[i];
      times.push(t0 + ((thresholdMilliVolts - a) / (b - a)) * (t1 - t0));
    }
  }
  return times;
}

/**
 * Spike times of a Hodgkin–Huxley run: upward crossings of the threshold
 * (default 0 mV, interpolated as in `detectSpikes`) at which the membrane's own
 * Na⁺ current is inward and larger than the injected current, so the crossing
 * is regenerative. A strong pulse can charge a passive membrane past 0 mV
 * (200 µA/cm² for 1 ms with every Na⁺ channel blocked by TTX does); that is
 * not an action potential, and this does not count it.
 */
export function hhSpikeTimesMs(trace: HhTrace, thresholdMilliVolts: MilliVolts = 0): MilliSeconds[] {
  const v = trace.vMilliVolts;
  const times: MilliSeconds[] = [];
  for (let i = 1; i < v.length; i++) {
    if (!(v[i - 1] < thresholdMilliVolts && v[i] >= thresholdMilliVolts)) continue;
    if (-trace.iNaMicroAmpsPerCm2[i] <= Math.max(0, trace.iStimMicroAmpsPerCm2[i])) continue;
    const t0 = trace.tMs[i - 1];
    times.push(t0 + ((thresholdMilliVolts - v[i - 1]) / (v[i] - v[i - 1])) * (trace.tMs[i] - t0));
  }
  return times;
}

/**
 * Width of the first spike at half its amplitude: from where V first rises
 * through (V₀ + V_peak)/2 to where it next falls back through it, both
 * interpolated between samples (V₀ = the first sample, V_peak = the highest).
 * Null if V never rises above its start or never comes back down.
 */
export function spikeHalfWidthMs(vMilliVolts: ArrayLike<number>, tMs: ArrayLike<number>): MilliSeconds | null {
  let peak = -Infinity;
  for (let i = 0; i < vMilliVolts.length; i++) peak = Math.max(peak, vMilliVolts[i]);
  const half = (vMilliVolts[0] + peak) / 2;
  if (!(peak > vMilliVolts[0])) return null;
  const at = (i: number): number => tMs[i - 1] + ((half - vMilliVolts[i - 1]) / (vMilliVolts[i] - vMilliVolts[i - 1])) * (tMs[i] - tMs[i - 1]);
  let rise = -1;
  for (let i = 1; i < vMilliVolts.length; i++) {
    if (rise < 0 && vMilliVolts[i - 1] < half && vMilliVolts[i] >= half) rise = i;
    else if (rise >= 0 && vMilliVolts[i - 1] >= half && vMilliVolts[i] < half) return at(i) - at(rise);
  }
  return null;
}

/** A square current pulse as a stimulus function. */
export function currentPulse(startMs: MilliSeconds, durationMs: MilliSeconds, amplitude: MicroAmpsPerCm2): (tMs: MilliSeconds) => MicroAmpsPerCm2 {
  return (t) => (t >= startMs && t < startMs + durationMs ? amplitude : 0);
}

/**
 * One action potential for animation: a 1 ms, 10 µA/cm² pulse at 1 ms
 * (about 1.5× the 1 ms threshold), sampled every `sampleMs` (default 0.1 ms) for `durationMs` (default 20 ms).
 */
export function actionPotentialTrace(durationMs: MilliSeconds = 20, sampleMs: MilliSeconds = 0.1): { tMs: Float64Array; vMilliVolts: Float64Array } {
  const dtMs = 0.025;
  const trace = simulateHodgkinHuxley({
    durationMs,
    dtMs,
    stimulus: currentPulse(1, 1, 10),
    recordEvery: Math.max(1, Math.round(sampleMs / dtMs)),
  });
  return { tMs: trace.tMs, vMilliVolts: trace.vMilliVolts };
}
