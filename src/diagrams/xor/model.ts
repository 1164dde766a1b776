/**
 * What the XOR figure shows, composed from the core: the linear-threshold unit's
 * answers and score for the reader's weights, one perceptron-rule step at a
 * time, and the dendritic (dCaAP) unit's answers.
 */
import {
  DCAAP_ACTIVATION,
  XOR_DENDRITIC_UNIT,
  XOR_POINTS,
  dendriticUnitOutput,
  perceptronAccuracy,
  perceptronPredict,
  perceptronStep,
  type PerceptronPoint,
  type PerceptronWeights,
} from '../../core';
import { weightText, xorSchema, type XorMode, type XorParams } from './schema';

/** The perceptron rule's learning rate in this figure (small enough to keep the weights on the sliders). */
export const PERCEPTRON_RATE = 0.5;

/** The four XOR points in the perceptron's form. */
export const POINTS: readonly PerceptronPoint[] = XOR_POINTS.map((p) => ({ x: p.x, label: p.label }));

/** One point as a unit sees it. */
export interface JudgedPoint {
  x: readonly [number, number];
  label: 0 | 1;
  answer: 0 | 1;
  correct: boolean;
}

/** How a point is named in prose: "(0, 1)". */
export const pointName = (x: readonly number[]): string => `(${x.join(', ')})`;

/** The linear unit's view of XOR for given weights. */
export interface LinearModel {
  weights: PerceptronWeights;
  points: JudgedPoint[];
  correct: number;
  /** Both weights zero: no line, one answer for every input. */
  flat: boolean;
}

/** The linear-threshold unit with weights (w1, w2) and bias b, judged on the four points. */
export function linearModel(w1: number, w2: number, b: number): LinearModel {
  const weights: PerceptronWeights = { weights: [w1, w2], bias: b };
  const points = XOR_POINTS.map((p) => {
    const answer = perceptronPredict(weights, p.x);
    return { x: p.x, label: p.label, answer, correct: answer === p.label };
  });
  return { weights, points, correct: Math.round(perceptronAccuracy(weights, POINTS) * POINTS.length), flat: w1 === 0 && w2 === 0 };
}

/** The range w1, w2 and b share. */
const WEIGHT = xorSchema.fields.w1;
const clampWeight = (v: number) => Math.min(WEIGHT.max, Math.max(WEIGHT.min, v));

/** One perceptron-rule step: the point presented at `step` (in order, epoch after epoch) and the new weights, kept on the sliders. */
export function learnStep(w1: number, w2: number, b: number, step: number): { index: number; w1: number; w2: number; b: number } {
  const index = step % POINTS.length;
  const next = perceptronStep({ weights: [w1, w2], bias: b }, POINTS[index]!, PERCEPTRON_RATE);
  return { index, w1: clampWeight(next.weights[0]!), w2: clampWeight(next.weights[1]!), b: clampWeight(next.bias) };
}

/** Points correct (0–4) after an epoch ended with these weights. */
export function epochScore(w1: number, w2: number, b: number): number {
  return linearModel(w1, w2, b).correct;
}

/** A point as the dendritic unit sees it: its summed input s and dCaAP amplitude. */
export interface DendriticPoint extends JudgedPoint {
  summedInput: number;
  amplitude: number;
}

/** The dendritic unit (Gidon et al. 2020's dCaAP, as the core models it) on the four points. */
export function dendriticModel(): { points: DendriticPoint[]; correct: number } {
  const points = XOR_POINTS.map((p) => {
    const out = dendriticUnitOutput(XOR_DENDRITIC_UNIT, p.x);
    return { x: p.x, label: p.label, answer: out.label, correct: out.label === p.label, summedInput: out.summedInput, amplitude: out.amplitude };
  });
  return { points, correct: points.filter((p) => p.correct).length };
}

/** The dCaAP response curve: amplitude against summed input, sampled over [s0, s1]. */
export function dcaApCurve(s0: number, s1: number, samples = 241): { s: number; amplitude: number }[] {
  const theta = XOR_DENDRITIC_UNIT.thresholdInput;
  const out: { s: number; amplitude: number }[] = [];
  for (let i = 0; i < samples; i++) {
    const s = s0 + ((s1 - s0) * i) / (samples - 1);
    out.push({ s, amplitude: DCAAP_ACTIVATION.f(s) });
    // The response jumps at threshold: sample both sides so the curve has a vertical edge, not a ramp.
    const nextS = s0 + ((s1 - s0) * (i + 1)) / (samples - 1);
    if (s < theta && nextS > theta) {
      out.push({ s: theta - 1e-9, amplitude: DCAAP_ACTIVATION.f(theta - 1e-9) }, { s: theta, amplitude: DCAAP_ACTIVATION.f(theta) });
    }
  }
  return out;
}

/** The dendritic unit's answer at any point of the plane (for its shaded region). */
export function dendriticAnswer(x1: number, x2: number): 0 | 1 {
  return dendriticUnitOutput(XOR_DENDRITIC_UNIT, [x1, x2]).label;
}

/** The dendritic unit's parameters, for labels. */
export const DENDRITE = XOR_DENDRITIC_UNIT;

/** Words for the linear unit's state, extremes included. */
export function explainLinear(model: LinearModel): string {
  const b = model.weights.bias;
  if (model.flat) {
    const answer = b >= 0 ? 1 : 0;
    return `With both weights at zero the unit ignores its inputs: there is no line, and it answers ${answer} for every point (the bias alone decides), so 2 of 4 are right.`;
  }
  const wrong = model.points.filter((p) => !p.correct).map((p) => pointName(p.x));
  const allSame = model.points.every((p) => p.answer === model.points[0]!.answer);
  if (allSame)
    return `The line w₁x₁ + w₂x₂ + b = 0 misses the four points, so they all fall on one side and get the same answer, ${model.points[0]!.answer}: 2 of 4 right.`;
  const which = wrong.length === 1 ? `${wrong[0]} is on the wrong side` : `${wrong.join(', ')} are on the wrong side`;
  return `The unit answers 1 on the shaded side of its line (w₁x₁ + w₂x₂ + b ≥ 0). ${which}. No straight line can put (0, 1) and (1, 0) on one side and (0, 0) and (1, 1) on the other, so 3 of 4 is the best any setting can do.`;
}

/** The score readout's words. */
export function scoreContext(model: LinearModel): string {
  const wrong = model.points.filter((p) => !p.correct).map((p) => pointName(p.x));
  if (wrong.length === 0) return 'all right';
  return `wrong: ${wrong.join(', ')}`;
}

/** The linear unit for the diagram's params (for a source derived from the store). */
export function paramsLinearModel({ w1, w2, b }: XorParams): LinearModel {
  return linearModel(w1, w2, b);
}

/** The score readout. */
export function scoreReadout(model: LinearModel): { value: string; context: string } {
  return { value: `${model.correct}/4 correct`, context: scoreContext(model) };
}

/** A weight as the reader dragged it (the sliders show it so too: the schema's format). */
export const num = weightText;

/** A dragged weight on the 0.01 grid, kept on the sliders. */
export function snapWeight(value: number): number {
  return clampWeight(Math.round(value * 100) / 100);
}

/** The linear unit's rule with its numbers: "1.0·x₁ + 1.0·x₂ − 0.5 ≥ 0". */
export function linearFormula({ w1, w2, b }: Pick<XorParams, 'w1' | 'w2' | 'b'>): string {
  return `${num(w1)}·x₁ ${w2 < 0 ? '−' : '+'} ${num(Math.abs(w2))}·x₂ ${b < 0 ? '−' : '+'} ${num(Math.abs(b))} ≥ 0`;
}

/** What a perceptron run has done so far. */
export interface LearnState {
  /** Perceptron-rule steps taken (one point each). */
  steps: number;
  /** Points correct after each finished epoch. */
  scores: number[];
  /** Index of the point the rule just looked at. */
  active: number | null;
  /** Epoch count the current run stops at. */
  target: number;
}

/** No run yet. */
export const IDLE: LearnState = { steps: 0, scores: [], active: null, target: 0 };

const epochWord = (epochs: number) => `${epochs} ${epochs === 1 ? 'epoch' : 'epochs'}`;

/** The perceptron readout: epochs run and the best score. */
export function epochsReadout({ scores }: LearnState): { value: string; context: string } {
  const best = scores.length ? Math.max(...scores) : 0;
  return { value: epochWord(scores.length), context: scores.length ? `best ${best}/4${best < POINTS.length ? ', never 4/4' : ''}` : 'not run yet' };
}

/** Words under the score chart. */
export function explainLearning({ scores }: LearnState): string {
  return scores.length === 0
    ? 'The button runs Rosenblatt’s perceptron rule from the current weights: show each point in turn and, when the answer is wrong, nudge w and b towards the right one (learning rate 0.5).'
    : `After ${epochWord(scores.length)} the rule is still chasing its errors: each correction that fixes one point spoils another, so it never settles. On data a line can separate it would stop with every point right.`;
}

/** One settled sentence for screen readers. */
export function summary(mode: XorMode, model: LinearModel, scores: readonly number[], running: boolean): string {
  const showLinear = mode !== 'dendritic';
  return [
    showLinear ? `Linear unit: ${model.correct} of 4 right.` : '',
    showLinear && scores.length && !running ? `After ${scores.length} epochs of the perceptron rule the best was ${Math.max(...scores)} of 4.` : '',
    mode !== 'linear' ? 'Dendritic unit: 4 of 4 right.' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Points of the dendritic unit grouped by summed input, so (0, 1) and (1, 0) share one mark on the curve. */
export function curveGroups(points: readonly DendriticPoint[]): { s: number; amplitude: number; label: 0 | 1; correct: boolean; names: string }[] {
  return [...new Set(points.map((p) => p.summedInput))].map((s) => {
    const group = points.filter((p) => p.summedInput === s);
    return {
      s,
      amplitude: group[0]!.amplitude,
      label: group[0]!.label,
      correct: group.every((p) => p.correct),
      names: group.map((p) => pointName(p.x)).join(' and '),
    };
  });
}
