/**
 * Geometry of the two panels that share one time axis: the noisy neuron's
 * membrane trace and the artificial neuron's constant output. Scales, ticks
 * and path strings only (no JSX), so the server draws the same.
 */
import { scaleLinear } from '../../chart/scaleLinear';
import { ACTIVATIONS, type ActivationId } from '../../core';
import { WINDOW_MS, type NoisySim } from './sim';
import { spontaneousSchema } from './schema';

const BIAS = spontaneousSchema.fields.bias;

/** Each panel's viewBox: narrow enough to read on a 320 px phone. */
export const PANEL_WIDTH = 360;
export const TRACE_HEIGHT = 230;
export const OUTPUT_HEIGHT = 150;

export const TRACE = { left: 40, right: 350, top: 44, bottom: 200 };
export const OUTPUT = { left: 40, right: 350, top: 22, bottom: 118 };
/** Spike markers sit above the voltage axis (the model has no spike shape to draw). */
export const SPIKE_MARKER_Y = 28;

/** Voltage axis, mV: the noise can dip well below rest; threshold caps it above. */
export const VOLT_DOMAIN: readonly [number, number] = [-100, -50];
export const VOLT_TICKS = [-100, -90, -80, -70, -60, -50];
export const TIME_TICKS = [-1000, -750, -500, -250, 0];

/** mV → y in the trace (clamped, so a rare deep dip stays inside the frame). */
export const voltY = scaleLinear().domain(VOLT_DOMAIN).range([TRACE.bottom, TRACE.top]).clamp(true);
/** Time relative to now (−1000…0 ms) → x; both panels share it. */
export const timeX = scaleLinear().domain([-WINDOW_MS, 0]).range([TRACE.left, TRACE.right]);

/** The membrane trace for the window ending now. */
export function tracePath(sim: NoisySim): string {
  const now = sim.state.timeMs;
  const k = (TRACE.right - TRACE.left) / WINDOW_MS;
  const parts: string[] = [];
  for (let i = sim.start; i < sim.t.length; i++) {
    const x = Math.max(TRACE.left, TRACE.left + (sim.t[i]! - (now - WINDOW_MS)) * k);
    parts.push(`${i === sim.start ? 'M' : 'L'}${x.toFixed(1)},${voltY(sim.v[i]!).toFixed(1)}`);
  }
  return parts.join('');
}

/** x of the spikes still in the window. */
export function spikeXs(sim: NoisySim): number[] {
  const now = sim.state.timeMs;
  return sim.spikes.filter((t) => t >= now - WINDOW_MS && t <= now).map((t) => timeX(t - now));
}

/** The output axis for an activation: its range over the bias slider's span, always holding 0 and 1. */
export function outputScale(act: ActivationId, biasMin = BIAS.min, biasMax = BIAS.max) {
  const f = ACTIVATIONS[act].f;
  const lo = Math.min(0, f(biasMin), f(biasMax));
  const hi = Math.max(1, f(biasMin), f(biasMax));
  const y = scaleLinear().domain([lo, hi]).range([OUTPUT.bottom, OUTPUT.top]);
  const ticks =
    hi - lo > 2
      ? [lo, lo / 2, 0, hi / 2, hi].filter((v, i, all) => all.indexOf(v) === i)
      : [lo, lo === -1 ? 0 : 0.5, hi].filter((v, i, all) => all.indexOf(v) === i);
  return { y, ticks };
}
