/**
 * Hodgkin–Huxley squid-axon model (Hodgkin & Huxley 1952, J. Physiol. 117:500,
 * doi:10.1113/jphysiol.1952.sp004764) in the modern convention (rest ≈ −65 mV,
 * E_Na +50, E_K −77, E_L −54.4 mV; science brief "Numbers for the models"),
 * shifted by −5 mV so rest sits at the essay's −70 mV. Rates are computed on
 * the unshifted voltage, so the dynamics are exactly the classic ones.
 */
import type {
  MicroAmpsPerCm2,
  MicroFaradsPerCm2,
  MilliSeconds,
  MilliSiemensPerCm2,
  MilliVolts,
} from './units';

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
const ALPHA_M = 0, BETA_M = 1, ALPHA_H = 2, BETA_H = 3, ALPHA_N = 4, BETA_N = 5;

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
  alphaM: number; betaM: number; alphaH: number; betaH: number; alphaN: number; betaN: number;
} {
  const r = new Float64Array(6);
  ratesInto(vMilliVolts, r);
  return {
    alphaM: r[ALPHA_M], betaM: r[BETA_M],
    alphaH: r[ALPHA_H], betaH: r[BETA_H],
    alphaN: r[ALPHA_N], betaN: r[BETA_N],
  };
}

type Stepper = (s: Float64Array, t: number, dt: number, stimulus: (t: number) => number) => void;

function createRk4(): Stepper {
  const r = new Float64Array(6);
  const d = new Float64Array(16); // k1…k4, four components each
  const p = HH_PARAMS;
  // Writes dV/dt, dm/dt, dh/dt, dn/dt at (v, m, h, n) into d[at…at+3]; scalars, no allocation.
  const derivative = (v: number, m: number, h: number, n: number, current: number, at: number): void => {
    ratesInto(v, r);
    const ionic =
      p.gNa * m * m * m * h * (v - p.eNaMilliVolts) +
      p.gK * n * n * n * n * (v - p.eKMilliVolts) +
      p.gLeak * (v - p.eLeakMilliVolts);
    d[at] = (current - ionic) / p.capacitance;
    d[at + 1] = r[ALPHA_M] * (1 - m) - r[BETA_M] * m;
    d[at + 2] = r[ALPHA_H] * (1 - h) - r[BETA_H] * h;
    d[at + 3] = r[ALPHA_N] * (1 - n) - r[BETA_N] * n;
  };
  return (s, t, dt, stimulus) => {
    const v = s[0], m = s[1], h = s[2], n = s[3];
    const half = dt / 2;
    const iMid = stimulus(t + half);
    derivative(v, m, h, n, stimulus(t), 0);
    derivative(v + half * d[0], m + half * d[1], h + half * d[2], n + half * d[3], iMid, 4);
    derivative(v + half * d[4], m + half * d[5], h + half * d[6], n + half * d[7], iMid, 8);
    derivative(v + dt * d[8], m + dt * d[9], h + dt * d[10], n + dt * d[11], stimulus(t + dt), 12);
    for (let i = 0; i < 4; i++) s[i] += (dt / 6) * (d[i] + 2 * d[4 + i] + 2 * d[8 + i] + d[12 + i]);
  };
}

// Each variable relaxes exponentially toward its instantaneous steady state
// (Rush & Larsen 1978): exact for the gates at frozen V, stable at any dt.
function createExponentialEuler(): Stepper {
  const r = new Float64Array(6);
  const p = HH_PARAMS;
  const relax = (x: number, a: number, b: number, dt: number): number => {
    const inf = a / (a + b);
    return inf + (x - inf) * Math.exp(-dt * (a + b));
  };
  return (s, t, dt, stimulus) => {
    const v = s[0], m = s[1], h = s[2], n = s[3];
    ratesInto(v, r);
    const gNa = p.gNa * m * m * m * h;
    const gK = p.gK * n * n * n * n;
    const gTotal = gNa + gK + p.gLeak;
    const vInf = (gNa * p.eNaMilliVolts + gK * p.eKMilliVolts + p.gLeak * p.eLeakMilliVolts + stimulus(t)) / gTotal;
    s[0] = vInf + (v - vInf) * Math.exp((-dt * gTotal) / p.capacitance);
    s[1] = relax(m, r[ALPHA_M], r[BETA_M], dt);
    s[2] = relax(h, r[ALPHA_H], r[BETA_H], dt);
    s[3] = relax(n, r[ALPHA_N], r[BETA_N], dt);
  };
}

/** Options for simulateHodgkinHuxley. */
export interface HhOptions {
  durationMs: MilliSeconds;
  /** Integration step; at most 0.025 ms (science brief). Default 0.025 ms: with RK4, spike times then agree with dt = 0.001 ms to 0.1 µs. */
  dtMs?: MilliSeconds;
  /** Injected current density at time t. Default: none. */
  stimulus?: (tMs: MilliSeconds) => MicroAmpsPerCm2;
  /** Keep every n-th step. Default 1. */
  recordEvery?: number;
  /** Starting voltage; gates start at their steady state there. Default −70 mV. */
  initialVMilliVolts?: MilliVolts;
  /** 'rk4' (default, 4th-order Runge–Kutta) or 'exponentialEuler' (Rush–Larsen, faster, less accurate). */
  method?: 'rk4' | 'exponentialEuler';
}

/** A recorded Hodgkin–Huxley run. */
export interface HhTrace {
  tMs: Float64Array;
  vMilliVolts: Float64Array;
  m: Float64Array;
  h: Float64Array;
  n: Float64Array;
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

/** Integrates the Hodgkin–Huxley equations and records V, m, h, n. */
export function simulateHodgkinHuxley(options: HhOptions): HhTrace {
  const dt = options.dtMs ?? 0.025;
  if (!(dt > 0 && dt <= 0.025)) throw new RangeError('dtMs must be in (0, 0.025] ms');
  const stimulus = options.stimulus ?? (() => 0);
  const every = Math.max(1, Math.floor(options.recordEvery ?? 1));
  const step = options.method === 'exponentialEuler' ? createExponentialEuler() : createRk4();
  const steps = Math.round(options.durationMs / dt);
  const samples = Math.floor(steps / every) + 1;
  const trace: HhTrace = {
    tMs: new Float64Array(samples),
    vMilliVolts: new Float64Array(samples),
    m: new Float64Array(samples),
    h: new Float64Array(samples),
    n: new Float64Array(samples),
  };
  const v0 = options.initialVMilliVolts ?? -70;
  const g0 = hhSteadyState(v0);
  const s = Float64Array.of(v0, g0.m, g0.h, g0.n);
  const record = (i: number, t: number): void => {
    trace.tMs[i] = t;
    trace.vMilliVolts[i] = s[0];
    trace.m[i] = s[1];
    trace.h[i] = s[2];
    trace.n[i] = s[3];
  };
  record(0, 0);
  for (let k = 1; k <= steps; k++) {
    step(s, (k - 1) * dt, dt, stimulus);
    if (k % every === 0) record(k / every, k * dt);
  }
  return trace;
}

/** Times of upward threshold crossings, linearly interpolated between samples. */
export function detectSpikes(
  vMilliVolts: ArrayLike<number>,
  tMs: ArrayLike<number>,
  thresholdMilliVolts: MilliVolts = 0,
): MilliSeconds[] {
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

/** A square current pulse as a stimulus function. */
export function currentPulse(
  startMs: MilliSeconds,
  durationMs: MilliSeconds,
  amplitude: MicroAmpsPerCm2,
): (tMs: MilliSeconds) => MicroAmpsPerCm2 {
  return (t) => (t >= startMs && t < startMs + durationMs ? amplitude : 0);
}

/**
 * One action potential for animation: a 1 ms, 10 µA/cm² pulse at 1 ms
 * (about 1.5× the 1 ms threshold), sampled every `sampleMs` (default 0.1 ms) for `durationMs` (default 20 ms).
 */
export function actionPotentialTrace(
  durationMs: MilliSeconds = 20,
  sampleMs: MilliSeconds = 0.1,
): { tMs: Float64Array; vMilliVolts: Float64Array } {
  const dtMs = 0.025;
  const trace = simulateHodgkinHuxley({
    durationMs,
    dtMs,
    stimulus: currentPulse(1, 1, 10),
    recordEvery: Math.max(1, Math.round(sampleMs / dtMs)),
  });
  return { tMs: trace.tMs, vMilliVolts: trace.vMilliVolts };
}
