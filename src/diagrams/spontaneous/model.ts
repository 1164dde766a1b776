/**
 * What the spontaneous diagram says, computed through the core: the noisy
 * neuron's rate with no input (`spontaneousRateHz`, 10 s of simulated time,
 * reproducible for a seed) and the artificial neuron's output for x = 0
 * (`layerForward`, which gives φ(0·w + b) = φ(b)).
 */
import { ACTIVATIONS, DEFAULT_LIF_PARAMS, layerForward, spontaneousRateHz, type ActivationId, type LifParams } from '../../core';
import { fmt, fmtSigned } from '../../chart/format';
import { spontaneousSchema } from './schema';

/** The activations' names as the control shows them ("ReLU", "sigmoid"…). */
const ACT_NAMES = spontaneousSchema.fields.act.choiceLabels ?? {};

/** Simulated time the rate is counted over, ms (the core's default window). */
export const RATE_WINDOW_MS = 10_000;

/** The artificial neuron's weights: any values, since they multiply a zero input. */
export const WEIGHTS: readonly number[] = [0.8, -0.5, 0.3];
/** Its input: nothing at all. */
export const ZERO_INPUT: readonly number[] = [0, 0, 0];

/** The core's default neuron with membrane noise σ (mV). */
export function noisyParams(noiseMilliVolts: number): LifParams {
  return { ...DEFAULT_LIF_PARAMS, noiseMilliVolts };
}

/** Spikes per second with zero input, over the first 10 s of the run with this seed. */
export function spontaneousRate(noiseMilliVolts: number, seed: number): number {
  return spontaneousRateHz(noiseMilliVolts, seed, RATE_WINDOW_MS);
}

/** The run a noise and a seed make: the live trace and the counted rate both follow it. */
export interface Run {
  noise: number;
  seed: number;
}

/** One instance's run for its params: the same object while noise and seed stay, so a bias or activation change is no change of run. */
export function runFor(): (params: Run) => Run {
  let last: Run | undefined;
  return ({ noise, seed }) => {
    if (!last || last.noise !== noise || last.seed !== seed) last = { noise, seed };
    return last;
  };
}

/** A run with its rate counted. */
export interface CountedRun {
  run: Run;
  rateHz: number;
}

/**
 * One instance's rate counter: 10 s of simulated noise per run, each counted
 * once, so scrubbing the noise back to a value already seen is free. Make one
 * per instance; it forgets everything past 200 runs.
 */
export function rateCounter(): (run: Run) => CountedRun {
  const counted = new Map<string, number>();
  let last: CountedRun | undefined;
  return (run) => {
    if (last?.run === run) return last;
    const key = `${run.noise}|${run.seed}`;
    let rateHz = counted.get(key);
    if (rateHz === undefined) {
      rateHz = spontaneousRate(run.noise, run.seed);
      if (counted.size >= 200) counted.clear();
      counted.set(key, rateHz);
    }
    last = { run, rateHz };
    return last;
  };
}

/** The seed of "Another run": the next one, back to the first after the last. */
export function nextSeed(seed: number): number {
  const { min, max } = spontaneousSchema.fields.seed;
  return seed >= max ? min : seed + 1;
}

/** The artificial neuron's z and y for x = 0: z = w·0 + b = b, y = φ(b). */
export function artificialOutput(bias: number, act: ActivationId): { z: number; y: number } {
  const { z, y } = layerForward(WEIGHTS, [bias], ZERO_INPUT, 1, WEIGHTS.length, act);
  return { z: z[0] ?? 0, y: y[0] ?? 0 };
}

/** The rate readout: "6.4 Hz" and its context. */
export function rateReadout(rateHz: number, noiseMilliVolts: number): { value: string; context: string } {
  const spikes = Math.round((rateHz * RATE_WINDOW_MS) / 1000);
  if (noiseMilliVolts === 0) return { value: `${fmt(rateHz, 1)} Hz`, context: 'with no input and no noise: it rests at −70 mV for ever' };
  return {
    value: `${fmt(rateHz, 1)} Hz`,
    context: `with no input (${spikes} spike${spikes === 1 ? '' : 's'} in the run’s first ${fmt(RATE_WINDOW_MS / 1000, 0)} s)`,
  };
}

/** The artificial output readout: "0.62" and its context. */
export function yReadout(y: number): { value: string; context: string } {
  return { value: fmt(y, 2), context: 'with input 0, the same at every moment' };
}

/** The activation applied to b, written out: "sigmoid(0.50) = 0.62". */
export function formulaText(bias: number, act: ActivationId, y: number): string {
  const name = act === 'identity' ? '' : (ACT_NAMES[act] ?? act);
  const b = fmt(bias, 2);
  return name ? `${name}(${b}) = ${fmt(y, 2)}` : `${b}`;
}

/** What the noisy neuron is doing, in words, with the extremes named. */
export function explainNeuron(noiseMilliVolts: number, rateHz: number): string {
  const threshold = DEFAULT_LIF_PARAMS.thresholdMilliVolts - DEFAULT_LIF_PARAMS.restMilliVolts;
  if (noiseMilliVolts === 0)
    return `No noise and no input: nothing moves the membrane, so it sits at rest and never fires. Raise σ and the fluctuations alone begin to reach threshold, ${fmt(threshold, 0)} mV above rest.`;
  if (rateHz === 0)
    return `The fluctuations (σ = ${fmt(noiseMilliVolts, 1)} mV) stay below threshold, ${fmt(threshold, 0)} mV above rest, for the whole 10 s: no spike yet. Raise σ.`;
  // In vivo the membrane fluctuates by about 2–4 mV (σ) around a depolarised mean; above 5 mV the model exaggerates.
  const big =
    noiseMilliVolts > 5
      ? ' Fluctuations this large are more than a real membrane shows (about 2 to 4 mV in the living brain); there, ongoing synaptic input also holds neurons closer to threshold, so smaller ones suffice.'
      : '';
  return `No stimulus, yet the neuron fires at irregular times whenever the noise carries it over threshold: ${fmt(rateHz, 1)} spikes a second.${big}`;
}

/** What the artificial neuron returns, in words, with the extremes named. */
export function explainArtificial(bias: number, act: ActivationId, y: number): string {
  const fixed = `Every call with x = 0 returns ${fmt(y, 2)}; between calls nothing runs.`;
  if (act === 'relu' && bias <= 0) return `ReLU clips a bias of ${fmt(bias, 2)} to 0: with no input this neuron is silent. ${fixed}`;
  if (act === 'step') return `The step function turns the bias into ${bias >= 0 ? '1 (b ≥ 0)' : '0 (b < 0)'}. ${fixed}`;
  if ((act === 'sigmoid' || act === 'tanh') && Math.abs(bias) > 2.5)
    return `The ${ACT_NAMES[act] ?? act} saturates near ${fmt(y, 0)} for a bias this large. ${fixed}`;
  return `The weights multiply a zero input, so only the bias (${fmtSigned(bias, 2)}) reaches the activation. ${fixed}`;
}

/** The settled sentence a screen reader hears. */
export function summary(rateHz: number, noiseMilliVolts: number, y: number, act: ActivationId): string {
  return `Noise ${fmt(noiseMilliVolts, 1)} mV: the model neuron fires ${fmt(rateHz, 1)} spikes a second with no input. The artificial neuron returns ${fmt(y, 2)}, ${ACTIVATIONS[act].label} of its bias, at every moment.`;
}
