/**
 * What the membrane diagram says about a current, computed through the core's
 * leaky integrate-and-fire functions: the analytic rate, the rheobase, the
 * potential a subthreshold current holds, the f–I curve and a ReLU beside it.
 */
import { ACTIVATIONS, DEFAULT_LIF_PARAMS, fiCurve, lifRateHz, lifRheobaseNanoAmps, lifSteadyStateMilliVolts, type FiPoint, type LifParams } from '../../core';
import { fmt } from '../../chart/format';
import { PULSE_MS, PULSE_NANOAMPS } from './sim';
import { membraneSchema } from './schema';

/** Largest current the diagram offers, nA (the slider's and the f–I axis's end). */
export const MAX_CURRENT = membraneSchema.fields.current.max;

/** The core's default neuron with the reader's time constant. */
export function lifParams(tauMs: number): LifParams {
  return { ...DEFAULT_LIF_PARAMS, tauMs };
}

/** The potential a constant current holds the membrane at, or undefined if it fires instead. */
export function steadyStateMilliVolts(params: LifParams, currentNanoAmps: number): number | undefined {
  return currentNanoAmps < lifRheobaseNanoAmps(params) ? lifSteadyStateMilliVolts(params, currentNanoAmps) : undefined;
}

/** The rate readout: "26.4 Hz" with its context. */
export function rateReadout(params: LifParams, currentNanoAmps: number): { value: string; context: string } {
  const rate = lifRateHz(params, currentNanoAmps);
  const rheobase = lifRheobaseNanoAmps(params);
  if (rate === 0) return { value: '0 Hz', context: `below rheobase (${fmt(rheobase, 1)} nA)` };
  return { value: `${fmt(rate, 1)} Hz`, context: `analytic rate at ${fmt(currentNanoAmps, 2)} nA` };
}

/** The potential readout: "−62.3 mV" and where it stands. */
export function vmReadout(params: LifParams, vMilliVolts: number, refractory: boolean): { value: string; context: string } {
  const below = params.thresholdMilliVolts - vMilliVolts;
  return {
    value: `${fmt(vMilliVolts, 1)} mV`,
    context: refractory ? 'refractory: held at reset' : `${fmt(Math.max(0, below), 1)} mV below threshold`,
  };
}

/** What the current does, in words, with the extremes named. */
export function explain(params: LifParams, currentNanoAmps: number): string {
  const rate = lifRateHz(params, currentNanoAmps);
  const rest = fmt(params.restMilliVolts, 0);
  const pulse = `A pulse (${fmt(PULSE_NANOAMPS, 0)} nA for ${fmt(PULSE_MS, 0)} ms)`;
  if (currentNanoAmps === 0) {
    return `No input current: the membrane rests at ${rest} mV. ${pulse} sent alone fades away — that is the leak; several sent quickly add up — temporal summation — and can reach threshold.`;
  }
  if (rate === 0) {
    const held = steadyStateMilliVolts(params, currentNanoAmps) ?? params.thresholdMilliVolts;
    return `${fmt(currentNanoAmps, 2)} nA holds the membrane at ${fmt(held, 1)} mV, ${fmt(params.thresholdMilliVolts - held, 1)} mV below threshold: it never fires on its own, however long it waits. ${pulse} on top can push it over.`;
  }
  const cap = 1000 / params.refractoryMs;
  const base = `Above rheobase the membrane charges toward threshold, fires, resets to ${fmt(params.resetMilliVolts, 0)} mV, is held for the ${fmt(params.refractoryMs, 0)} ms refractory period, and charges again: ${fmt(rate, 1)} spikes a second.`;
  if (rate < 15) return `${base} Just above rheobase each climb is slow, so the rate rises steeply from 0 — a curve, not a ReLU’s straight line.`;
  if (rate > 0.4 * cap) return `${base} The refractory period caps the rate at ${fmt(cap, 0)} Hz, so the f–I curve bends over.`;
  return base;
}

/** The f–I panel's data: the LIF curve, a ReLU scaled to the curve's mean slope, and the operating points. */
export interface FiModel {
  curve: FiPoint[];
  rheobase: number;
  /** Hz per nA of the comparison ReLU: the LIF curve's average slope from rheobase to the end of the axis. */
  reluSlope: number;
  relu: (currentNanoAmps: number) => number;
  maxRate: number;
}

/** Currents to sample the f–I curve at: fine near rheobase, where it rises steeply. */
function currents(rheobase: number): number[] {
  const out: number[] = [];
  for (let i = 0; i <= 100; i++) out.push((MAX_CURRENT * i) / 100);
  for (let i = 1; i <= 20; i++) out.push(rheobase + (0.05 * i * i) / 20 ** 2);
  out.push(rheobase);
  return [...new Set(out)].sort((a, b) => a - b);
}

/** The f–I curve and its ReLU for a neuron. */
export function fiModel(params: LifParams): FiModel {
  const rheobase = lifRheobaseNanoAmps(params);
  const curve = fiCurve(params, currents(rheobase));
  const top = lifRateHz(params, MAX_CURRENT);
  const reluSlope = top / (MAX_CURRENT - rheobase);
  const relu = (currentNanoAmps: number) => reluSlope * ACTIVATIONS.relu.f(currentNanoAmps - rheobase);
  return { curve, rheobase, reluSlope, relu, maxRate: top };
}

/** The settled sentence a screen reader hears after the current changes. */
export function summary(params: LifParams, currentNanoAmps: number): string {
  const rate = rateReadout(params, currentNanoAmps);
  return `Input ${fmt(currentNanoAmps, 2)} nA: ${rate.value}, ${rate.context}.`;
}
