/**
 * The passes model: a 2–3–1 net (tanh hidden, sigmoid output, squared
 * error) on one training sample, taken apart step by step with the core:
 * mlpForward for the forward pass, lossGradient and layerBackward for each
 * stage of the backward pass (mlpGradients gives the same ∂L/∂W), and
 * mlpTrainStep for the update.
 */
import {
  ACTIVATIONS,
  createMlp,
  createRng,
  layerBackward,
  lossGradient,
  lossValue,
  mlpForward,
  mlpGradients,
  mlpPredict,
  mlpTrainStep,
  type Mlp,
  type Sample,
} from '../../core';
import { memoLast } from '../../params/store';
import { fmt } from '../../chart/format';
import type { ReadoutText } from '../../ui/controls';
import { LAST_STEP, type PassesParams } from './schema';

/** The one training sample: input (1, 0.5), target 1. */
export const SAMPLE: Sample = { x: [1, 0.5], target: [1] };
export const SIZES = [2, 3, 1] as const;

/** Everything the steps show, computed once per seed and learning rate. */
export interface PassesModel {
  net: Mlp;
  x: readonly number[];
  target: number;
  /** Forward: pre-activations and activations of the hidden and output layers. */
  z1: Float64Array;
  h: Float64Array;
  z2: Float64Array;
  yHat: number;
  loss: number;
  /** σ′(z₂) of the output unit, from the core's sigmoid. */
  outSlope: number;
  /** Backward: ∂L/∂ŷ, δ₂ = ∂L/∂z₂, ∂L/∂W₂, ∂L/∂h, δ₁ = ∂L/∂z₁, ∂L/∂W₁. */
  dLdy: number;
  delta2: Float64Array;
  dW2: Float64Array;
  dLdh: Float64Array;
  delta1: Float64Array;
  dW1: Float64Array;
  /** The net after one gradient step, and its loss on the same sample. */
  updated: Mlp;
  lossAfter: number;
  yHatAfter: number;
}

/** Build the net from the seed and take one sample through forward, backward and update. */
export function passesModel(seed: number, rate: number): PassesModel {
  const net = createMlp(SIZES, createRng(seed), { hidden: 'tanh', output: 'sigmoid' });
  const [l1, l2] = net.layers as [Mlp['layers'][0], Mlp['layers'][0]];
  const { z, y } = mlpForward(net, SAMPLE.x);
  const h = y[0]!;
  const out = y[1]!;
  const dLdyVec = lossGradient(out, SAMPLE.target, 'mse');
  const back2 = layerBackward(l2.weights, h, z[1]!, dLdyVec, l2.n, l2.k, l2.activation);
  const back1 = layerBackward(l1.weights, SAMPLE.x, z[0]!, back2.dx, l1.n, l1.k, l1.activation);
  const { net: updated } = mlpTrainStep(net, [SAMPLE], rate, 'mse');
  const yHatAfter = mlpPredict(updated, SAMPLE.x)[0]!;
  return {
    net,
    x: Array.from(SAMPLE.x),
    target: SAMPLE.target[0]!,
    z1: z[0]!,
    h,
    z2: z[1]!,
    yHat: out[0]!,
    loss: lossValue(out, SAMPLE.target, 'mse'),
    outSlope: ACTIVATIONS[l2.activation].df(z[1]![0]!),
    dLdy: dLdyVec[0]!,
    delta2: back2.db,
    dW2: back2.dW,
    dLdh: back2.dx,
    delta1: back1.db,
    dW1: back1.dW,
    updated,
    lossAfter: lossValue([yHatAfter], SAMPLE.target, 'mse'),
    yHatAfter,
  };
}

/** The gradient the `grad` readout reports: ∂L/∂w of the first layer's weight from x₁ to h₁, from mlpGradients. */
export function reportedGradient(model: PassesModel): number {
  return mlpGradients(model.net, SAMPLE, 'mse').layers[0]!.dW[0]!;
}

/** Each step's name. */
export const STEP_NAMES = [
  'the input',
  'forward pass: hidden layer',
  'forward pass: output and loss',
  'backward pass: error at the output',
  'backward pass: output weights, error at the hidden units',
  'backward pass: hidden weights',
  'update: every weight takes a small step downhill',
] as const;

const SUB = ['₁', '₂', '₃'];
/** A gradient or loss, three decimals. */
export const g = (v: number) => fmt(v, 3);
/** A weight or activation, two decimals. */
const v2 = (v: number) => fmt(v, 2);
/** A factor in a product, bracketed when negative: "(−1.09)". */
const factor = (v: number) => (v < 0 ? `(${v2(v)})` : v2(v));
/** The hidden units' indices. */
const HIDDEN_UNITS = Array.from({ length: SIZES[1] }, (_, j) => j);

/** What each step computes, line by line, with the numbers. */
export function explain(m: PassesModel, step: number, rate: number): string[] {
  const w1 = m.net.layers[0]!.weights;
  const w2 = m.net.layers[1]!.weights;
  const w1new = m.updated.layers[0]!.weights;
  switch (step) {
    case 0:
      return [`Input x = (${v2(m.x[0]!)}, ${v2(m.x[1]!)}), target t = ${v2(m.target)}. The weights start random (Glorot), the biases at 0.`];
    case 1:
      return HIDDEN_UNITS.map(
        (i) => `h${SUB[i]} = tanh(${factor(w1[i * 2]!)}·${v2(m.x[0]!)} + ${factor(w1[i * 2 + 1]!)}·${v2(m.x[1]!)}) = tanh(${v2(m.z1[i]!)}) = ${v2(m.h[i]!)}`,
      );
    case 2:
      return [
        `ŷ = σ(${HIDDEN_UNITS.map((j) => `${factor(w2[j]!)}·${factor(m.h[j]!)}`).join(' + ')}) = σ(${v2(m.z2[0]!)}) = ${v2(m.yHat)}`,
        `Loss L = (ŷ − t)² = (${v2(m.yHat)} − ${v2(m.target)})² = ${g(m.loss)}`,
      ];
    case 3:
      return [`∂L/∂ŷ = 2(ŷ − t) = ${g(m.dLdy)}`, `δ = ∂L/∂z = ∂L/∂ŷ · σ′(z) = ${g(m.dLdy)} · ${g(m.outSlope)} = ${g(m.delta2[0]!)}`];
    case 4:
      return [
        `Each output weight: ∂L/∂v = δ · h: ${HIDDEN_UNITS.map((j) => g(m.dW2[j]!)).join(', ')}`,
        `Sent back through the same weights: ∂L/∂h = v · δ: ${HIDDEN_UNITS.map((j) => g(m.dLdh[j]!)).join(', ')}`,
      ];
    case 5:
      return [
        `δ of each hidden unit = ∂L/∂h · (1 − h²): ${HIDDEN_UNITS.map((j) => g(m.delta1[j]!)).join(', ')}`,
        `Each first-layer weight: ∂L/∂w = δ · x, e.g. ∂L/∂w₁₁ = ${g(m.delta1[0]!)} · ${v2(m.x[0]!)} = ${g(m.dW1[0]!)}`,
      ];
    default:
      return [
        `w ← w − η·∂L/∂w with η = ${fmt(rate, 2)}: e.g. w₁₁ = ${v2(w1[0]!)} − ${fmt(rate, 2)}·${factor(m.dW1[0]!)} = ${fmt(w1new[0]!, 3)}`,
        `On this sample the output moves from ${g(m.yHat)} to ${g(m.yHatAfter)}, and the loss from ${g(m.loss)} to ${g(m.lossAfter)}.`,
      ];
  }
}

/** How a layer's edges are drawn at a step. */
export type EdgeMode = 'idle' | 'forward' | 'backward' | 'update';

/** A node as drawn: its name, its value, whether it is lit, and an optional tag (a gradient). */
export interface NodeShown {
  name: string;
  value: string;
  lit: boolean;
  tag?: string;
}

/** What the net panel shows at a step: every label, every node's value, which edges are lit and how. */
export interface NetPicture {
  title: string;
  mode1: EdgeMode;
  mode2: EdgeMode;
  /** The number on each first-layer edge (EDGES1's order) and each output edge (EDGES2's). */
  edge1: string[];
  edge2: string[];
  inputs: NodeShown[];
  hidden: NodeShown[];
  output: NodeShown;
  /** The target and loss under the output, once the forward pass has reached it. */
  target?: string;
  loss?: string;
  caption: string;
}

/** The net panel's picture for one step (`rate` for the update step's words). */
export function netPicture(m: PassesModel, step: number, rate: number): NetPicture {
  const w1 = m.net.layers[0]!.weights;
  const w2 = m.net.layers[1]!.weights;
  const w1new = m.updated.layers[0]!.weights;
  const w2new = m.updated.layers[1]!.weights;
  const backward = step >= 3 && step <= 5;
  return {
    title: `A network with 2 inputs, 3 hidden units and 1 output, at step ${step}: ${STEP_NAMES[step]}. ${explain(m, step, rate).join(' ')}`,
    mode1: step === 1 ? 'forward' : step === 5 ? 'backward' : step === 6 ? 'update' : 'idle',
    mode2: step === 2 ? 'forward' : step === 4 ? 'backward' : step === 6 ? 'update' : 'idle',
    edge1: Array.from(w1, (w, i) => (step === 5 ? g(m.dW1[i]!) : step === 6 ? v2(w1new[i]!) : v2(w))),
    edge2: Array.from(w2, (w, j) => (step === 4 || step === 5 ? g(m.dW2[j]!) : step === 6 ? v2(w2new[j]!) : v2(w))),
    inputs: m.x.map((x, i) => ({ name: `x${SUB[i]}`, value: v2(x), lit: step === 0 })),
    hidden: HIDDEN_UNITS.map((j) => ({
      name: `h${SUB[j]}`,
      value: step >= 1 ? v2(m.h[j]!) : '?',
      lit: step === 1 || step === 4 || step === 5,
      tag: step === 4 ? `∂L/∂h ${g(m.dLdh[j]!)}` : step === 5 ? `δ ${g(m.delta1[j]!)}` : undefined,
    })),
    output: {
      name: 'ŷ',
      value: step >= 2 ? v2(step === 6 ? m.yHatAfter : m.yHat) : '?',
      lit: step === 2 || step === 3 || step === 6,
      tag: backward ? `δ ${g(m.delta2[0]!)}` : undefined,
    },
    target: step >= 2 ? `target t = ${v2(m.target)}` : undefined,
    loss: step < 2 ? undefined : step === 6 ? `L ${g(m.loss)} → ${g(m.lossAfter)}` : `L = ${g(m.loss)}`,
    caption: backward
      ? 'numbers on the edges: ∂L/∂w once computed (dashed arrows carry gradients back)'
      : step === 6
        ? 'numbers on the edges: the updated weights'
        : 'numbers on the edges: the weights',
  };
}

/** What the view shows for one set of params: the model (rebuilt only with seed and rate), the step, and its lines. */
export interface PassesShown {
  m: PassesModel;
  step: number;
  rate: number;
  /** ∂L/∂w₁₁ from mlpGradients, for the `grad` readout. */
  grad: number;
  lines: string[];
}

/** One instance's view of its params: the same model object again while seed and rate stay, so a step rebuilds nothing. */
export function passesShownFor(): (params: PassesParams) => PassesShown {
  const byKey = memoLast((key: string) => {
    const [seed, rate] = key.split(':').map(Number) as [number, number];
    const m = passesModel(seed, rate);
    return { m, grad: reportedGradient(m) };
  });
  return ({ seed, rate, step }) => {
    const { m, grad } = byKey(`${seed}:${rate}`);
    return { m, grad, step, rate, lines: explain(m, step, rate) };
  };
}

/** The `step` readout: "3 of 6, backward pass: error at the output". */
export const stepReadout = ({ step }: PassesShown): ReadoutText => ({ value: `${step} of ${LAST_STEP}`, context: STEP_NAMES[step] });

/** The `loss` readout: not computed before step 2, after the update at the last step. */
export function lossReadout({ m, step }: PassesShown): ReadoutText {
  if (step < 2) return { value: 'not computed yet', context: 'the forward pass has not reached the output' };
  if (step === LAST_STEP) return { value: g(m.lossAfter), context: `after the update (it was ${g(m.loss)})` };
  return { value: g(m.loss), context: 'squared error on this sample' };
}

/** The `grad` readout: ∂L/∂w₁₁ once the backward pass reaches the first layer. */
export const gradReadout = ({ grad, step }: PassesShown): ReadoutText =>
  step >= 5
    ? { value: g(grad), context: 'gradient of the first-layer weight from x₁ to h₁' }
    : { value: 'not computed yet', context: 'the backward pass reaches the first layer at step 5' };

/** What a screen reader is told once the reader pauses. */
export const summary = ({ step, lines }: PassesShown): string => `Step ${step}: ${STEP_NAMES[step]}. ${lines.join(' ')}`;
