/**
 * The run the worker drives: a 784 → 10 softmax regression (src/core)
 * trained by minibatch SGD on the asset's 1,500 training digits, one SGD step
 * (10 digits) per unit, reshuffled with the run's generator at each epoch, so
 * a run is the core's `softmaxTrainEpoch` sliced finely enough to watch.
 */
import {
  createRng,
  createSoftmaxModel,
  createSoftmaxWorkspace,
  DIGITS_TRAINING_DEFAULTS,
  digitsAsLabelledSet,
  shuffledOrder,
  softmaxAccuracy,
  softmaxSgdStep,
  type Digits,
  type LabelledSet,
  type Rng,
  type SoftmaxModel,
  type SoftmaxWorkspace,
} from '../../core';
import type { Course } from '../../ui/training/runner';
import { loadDigits } from './data';

export const BATCH = DIGITS_TRAINING_DEFAULTS.batchSize;
export const CLASSES = 10;

export interface RunConfig {
  url: string;
  seed: number;
  lr: number;
  epochs: number;
  /** Epochs trained as soon as the run is made (a scene's trained state). */
  pretrain: number;
}

export interface Run {
  config: RunConfig;
  model: SoftmaxModel;
  rng: Rng;
  train: LabelledSet;
  test: LabelledSet;
  order: Uint32Array;
  workspace: SoftmaxWorkspace;
  steps: number;
  stepsPerEpoch: number;
}

/** What the page draws: copies, safe to post between threads. */
export interface RunSnapshot {
  steps: number;
  epoch: number;
  weights: Float32Array;
  biases: Float32Array;
  /** Held-out accuracy, 0–1, and on how many digits. */
  accuracy: number;
  tested: number;
}

/** A fresh run over loaded digits: the same generator makes the weights, then shuffles every epoch (as npm run bench:digits does). */
export function createRun(config: RunConfig, digits: Digits): Run {
  const rng = createRng(config.seed);
  const model = createSoftmaxModel(CLASSES, digits.width * digits.height, rng);
  const train = digitsAsLabelledSet(digits, digits.train);
  return {
    config,
    model,
    rng,
    train,
    test: digitsAsLabelledSet(digits, digits.test),
    order: new Uint32Array(digits.train.count),
    workspace: createSoftmaxWorkspace(CLASSES, BATCH),
    steps: 0,
    stepsPerEpoch: Math.ceil(digits.train.count / BATCH),
  };
}

/** `units` more SGD steps, in place. */
export function trainSteps(run: Run, units: number): void {
  const count = run.train.inputs.length;
  for (let u = 0; u < units; u++) {
    const within = run.steps % run.stepsPerEpoch;
    if (within === 0) shuffledOrder(count, run.rng, run.order);
    const start = within * BATCH;
    softmaxSgdStep(run.model, run.train, run.order, start, Math.min(count, start + BATCH), run.config.lr, run.workspace);
    run.steps++;
  }
}

export function runSnapshot(run: Run): RunSnapshot {
  return {
    steps: run.steps,
    epoch: run.steps / run.stepsPerEpoch,
    weights: Float32Array.from(run.model.weights),
    biases: Float32Array.from(run.model.biases),
    accuracy: softmaxAccuracy(run.model, run.test),
    tested: run.test.inputs.length,
  };
}

/** Steps per tick (150 digits, a tenth of an epoch) and the pause between: an epoch in about a third of a second. */
export const digitsCourse: Course<RunConfig, Run, RunSnapshot> = {
  create: async (config) => {
    const run = createRun(config, await loadDigits(config.url));
    trainSteps(run, Math.min(config.pretrain, config.epochs) * run.stepsPerEpoch);
    return run;
  },
  train: trainSteps,
  done: (run) => run.steps,
  snapshot: runSnapshot,
  total: (run) => run.config.epochs * run.stepsPerEpoch,
  perTick: 15,
  tickMs: 33,
};
