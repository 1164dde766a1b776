/**
 * The passes model: a 2–3–1 net (tanh hidden, sigmoid output, squared
 * error) on one training sample, taken apart step by step with the core:
 * mlpForward for the forward pass, lossGradient and layerBackward for each
 * stage of the backward pass (mlpGradients gives the same ∂L/∂W), and
 * mlpTrainStep for the update.
 */
import {
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
