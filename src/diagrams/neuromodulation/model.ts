/**
 * The neuromodulation diagram's numbers, through the core: the model neuron's
 * f–I curve at a neuromodulator level (`neuromodulatedLifParams`, `fiCurve`,
 * `lifRateHz`) and an artificial neuron's y = φ(w·x + b) (`layerForward`),
 * which has no term for the level at all.
 */
import {
  DEFAULT_LIF_PARAMS,
  fiCurve,
  layerForward,
  lifRateHz,
  lifRheobaseNanoAmps,
  neuromodulatedLifParams,
  type ActivationId,
  type FiPoint,
  type LifParams,
} from '../../core';
import { memoLast } from '../../params/store';
import { fmt } from '../../chart/format';
import { neuromodulationSchema, type NeuromodulationParams } from './schema';

/** The activations' names as the control shows them ("ReLU", "sigmoid"…). */
const ACT_NAMES = neuromodulationSchema.fields.act.choiceLabels ?? {};

/** Largest input on the slider and the x axis, nA. */
export const MAX_CURRENT = neuromodulationSchema.fields.current.max;
/** The artificial neuron's weight: x is the same number as the current in nA. */
export const ARTIFICIAL_WEIGHT = 1;
/** Its bias puts its kink where the unmodulated neuron starts to fire (b = −rheobase = −1.5). */
export const ARTIFICIAL_BIAS = -lifRheobaseNanoAmps(DEFAULT_LIF_PARAMS);

/** Everything the view shows for one state. */
export interface NeuromodulationModel {
  params: LifParams;
  base: LifParams;
  rateHz: number;
  baseRateHz: number;
  rheobase: number;
  baseRheobase: number;
  /** Resistance factor against level 0 (the f–I gain). */
  gain: number;
  curve: FiPoint[];
  baseCurve: FiPoint[];
  z: number;
  y: number;
}

/** Currents to sample the f–I curves at: evenly, plus fine steps just above each rheobase, where they rise steeply. */
export function sampleCurrents(rheobases: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i <= 80; i++) out.push((MAX_CURRENT * i) / 80);
  for (const r of rheobases) {
    out.push(r);
    for (let i = 1; i <= 12; i++) out.push(r + (0.05 * i * i) / 144);
  }
  return [...new Set(out)].filter((c) => c <= MAX_CURRENT).sort((a, b) => a - b);
}

/** The level-0 neuron, computed once. */
const BASE = neuromodulatedLifParams(0);

/** The f–I curves: they depend on the level only (see `neuromodulationFor`). */
export function curves(level: number): { params: LifParams; curve: FiPoint[]; baseCurve: FiPoint[] } {
  const params = neuromodulatedLifParams(level);
  const currents = sampleCurrents([lifRheobaseNanoAmps(BASE), lifRheobaseNanoAmps(params)]);
  return { params, curve: fiCurve(params, currents), baseCurve: fiCurve(BASE, currents) };
}

/** The artificial neuron's z and y for input x: one weight, one bias, the chosen activation. */
export function artificialOutput(x: number, act: ActivationId): { z: number; y: number } {
  const { z, y } = layerForward([ARTIFICIAL_WEIGHT], [ARTIFICIAL_BIAS], [x], 1, 1, act);
  return { z: z[0] ?? 0, y: y[0] ?? 0 };
}

/** The whole state: both neurons' answers to the same input. */
export function neuromodulationModel(level: number, currentNanoAmps: number, act: ActivationId, shapes = curves(level)): NeuromodulationModel {
  const { params, curve, baseCurve } = shapes;
  const { z, y } = artificialOutput(currentNanoAmps, act);
  return {
    params,
    base: BASE,
    rateHz: lifRateHz(params, currentNanoAmps),
    baseRateHz: lifRateHz(BASE, currentNanoAmps),
    rheobase: lifRheobaseNanoAmps(params),
    baseRheobase: lifRheobaseNanoAmps(BASE),
    gain: params.resistanceMegaOhms / BASE.resistanceMegaOhms,
    curve,
    baseCurve,
    z,
    y,
  };
}

/** What a screen reader hears for a level on its slider: what the level does to the cell. */
export function levelValueText(level: number): string {
  const params = neuromodulatedLifParams(level);
  return `${fmt(level, 2)}: threshold ${fmt(params.thresholdMilliVolts, 1)} mV, gain ${fmt(params.resistanceMegaOhms / BASE.resistanceMegaOhms, 2)} times`;
}

/** What the view shows for one set of params: the params and both neurons' answers. */
export interface NeuromodulationShown {
  level: number;
  current: number;
  act: ActivationId;
  m: NeuromodulationModel;
}

/** One instance's view of its params: the f–I curves are made again only when the level changes, so an input scrub recomputes no curve. */
export function neuromodulationFor(): (params: NeuromodulationParams) => NeuromodulationShown {
  const shapes = memoLast(curves);
  return ({ level, current, act }) => ({ level, current, act, m: neuromodulationModel(level, current, act, shapes(level)) });
}

/** The rate readout: "57.0 Hz" and how it differs from level 0. */
export function rateReadout(m: NeuromodulationModel, level: number, currentNanoAmps: number): { value: string; context: string } {
  const value = `${fmt(m.rateHz, 1)} Hz`;
  const at = `at ${fmt(currentNanoAmps, 2)} nA`;
  if (m.rateHz === 0) return { value, context: `${at}: below this level’s rheobase (${fmt(m.rheobase, 2)} nA)` };
  if (level === 0) return { value, context: `${at}, no neuromodulator` };
  const diff = m.rateHz - m.baseRateHz;
  if (m.baseRateHz === 0) return { value, context: `${at}: silent at level 0, firing now` };
  return { value, context: `${at}: ${fmt(diff, 1)} Hz more than at level 0 (×${fmt(m.rateHz / m.baseRateHz, 2)})` };
}

/** The level-0 rate readout. */
export function baseRateReadout(m: NeuromodulationModel): { value: string; context: string } {
  return {
    value: `${fmt(m.baseRateHz, 1)} Hz`,
    context: `the same input at level 0${m.baseRateHz === 0 ? `, below the rheobase (${fmt(m.baseRheobase, 2)} nA)` : ''}`,
  };
}

/** The threshold readout: this level's threshold and gain. */
export function thresholdReadout(m: NeuromodulationModel): { value: string; context: string } {
  return { value: `${fmt(m.params.thresholdMilliVolts, 1)} mV`, context: `gain ×${fmt(m.gain, 2)}` };
}

/** The artificial output readout. */
export function yReadout(m: NeuromodulationModel, currentNanoAmps: number): { value: string; context: string } {
  return { value: fmt(m.y, 2), context: `for x = ${fmt(currentNanoAmps, 2)}, at every level` };
}

/** What the level does to the model neuron, in words, with the extremes named. */
export function explainNeuron(m: NeuromodulationModel, level: number, currentNanoAmps: number): string {
  const model = `Threshold ${fmt(m.params.thresholdMilliVolts, 1)} mV (from ${fmt(m.base.thresholdMilliVolts, 0)}), gain ×${fmt(m.gain, 2)}: the f–I curve starts earlier and climbs faster.`;
  if (level === 0)
    return `No neuromodulator: the solid and dashed curves coincide. Raise the level to lower the threshold and steepen the curve; the input stays where it is.`;
  if (currentNanoAmps < m.rheobase)
    return `${model} Even so, ${fmt(currentNanoAmps, 2)} nA is below this level’s rheobase, ${fmt(m.rheobase, 2)} nA: the neuron stays silent.`;
  if (currentNanoAmps < m.baseRheobase)
    return `${model} The same ${fmt(currentNanoAmps, 2)} nA that left the neuron silent at level 0 now makes it fire: the modulator alone switched it on.`;
  if (m.rateHz > 0.25 * (1000 / m.params.refractoryMs))
    return `${model} The same input now gives ${fmt(m.rateHz, 1)} Hz instead of ${fmt(m.baseRateHz, 1)} Hz; at rates like this the ${fmt(m.params.refractoryMs, 0)} ms refractory period bends the curve over (it can never pass ${fmt(1000 / m.params.refractoryMs, 0)} Hz).`;
  return `${model} The same input now gives ${fmt(m.rateHz, 1)} Hz instead of ${fmt(m.baseRateHz, 1)} Hz.`;
}

/** What the artificial neuron does, in words, with the extremes named. */
export function explainArtificial(m: NeuromodulationModel, act: ActivationId): string {
  const clip =
    act === 'relu' && m.z <= 0
      ? ' (ReLU clips the negative z to 0)'
      : act === 'step'
        ? ` (the step function gives ${m.y} for z ${m.z >= 0 ? '≥' : '<'} 0)`
        : (act === 'sigmoid' || act === 'tanh') && Math.abs(m.z) > 2
          ? ` (the ${ACT_NAMES[act] ?? act} is near saturation)`
          : '';
  // The identity is written as bare parentheses: y = (1·x − 1.5).
  const name = act === 'identity' ? '' : (ACT_NAMES[act] ?? act);
  return `y = ${name}(${fmt(ARTIFICIAL_WEIGHT, 0)}·x ${ARTIFICIAL_BIAS < 0 ? '−' : '+'} ${fmt(Math.abs(ARTIFICIAL_BIAS), 1)}) = ${fmt(m.y, 2)}${clip}. Nothing in this formula reads the neuromodulator, so the point stays put while you move the level.`;
}

/** The settled sentence a screen reader hears. */
export function summary(m: NeuromodulationModel, level: number, currentNanoAmps: number): string {
  return `Level ${fmt(level, 2)}, input ${fmt(currentNanoAmps, 2)} nA: the model neuron fires ${fmt(m.rateHz, 1)} spikes a second (${fmt(m.baseRateHz, 1)} at level 0); the artificial neuron gives ${fmt(m.y, 2)}, unchanged.`;
}
