/**
 * The two learners, side by side, composed from the core: an MLP trained by
 * backpropagation and a forward–forward net (Hinton 2022) with the same hidden
 * layers, the same seed and the same data, each making one full-batch update
 * per epoch. Pure and synchronous: the worker, the main-thread fallback and the
 * server render all run this same code.
 */
import {
  createFfNet,
  createMlp,
  createRng,
  ffClassify,
  ffGoodnessGap,
  ffTrainEpoch,
  lossValue,
  mlpClassify,
  mlpPredict,
  mlpTrainEpoch,
  type FfNet,
  type FfSample,
  type Mlp,
  type Rng,
  type Sample,
} from '../../core';
import type { Course } from '../../ui/training/runner';
import { makeDataset, type DataKind, type DataPoint } from './data';
import { MAX_EPOCHS } from './schema';

/** Hidden layers of both nets. */
export const HIDDEN = [12, 12] as const;
/** Classes in the toy data. */
const LABELS = 2;
/** Cells per side of the decision-region grid. */
export const GRID = 24;
/** The plane the data and the regions span, on both axes. */
export const EXTENT: [number, number] = [-2.2, 2.2];

/** What a run is set up from (the diagram's params, minus display ones). */
export interface TrainerConfig {
  data: DataKind;
  seed: number;
  bplr: number;
  fflr: number;
}

/** A run in progress (mutable: the runner owns it). */
export interface Trainer {
  config: TrainerConfig;
  points: DataPoint[];
  samples: Sample[];
  ffSamples: FfSample[];
  mlp: Mlp;
  ff: FfNet;
  bpRng: Rng;
  ffRng: Rng;
  epoch: number;
  /** Backprop's mean cross-entropy on the data after each epoch (index 0: untrained). */
  bpLoss: number[];
  /** Forward–forward's goodness gap after each epoch (index 0: untrained). */
  ffGap: number[];
}

/** What the view draws: a copy, safe to post between threads. */
export interface Snapshot {
  epoch: number;
  bpLoss: number[];
  ffGap: number[];
  bpAccuracy: number;
  ffAccuracy: number;
  /** Indices of the data points each net gets wrong. */
  bpWrong: number[];
  ffWrong: number[];
  /** Predicted class per grid cell, row-major, top row first. */
  bpGrid: number[];
  ffGrid: number[];
}

// Different streams from one seed, so the data do not depend on how long either net trained.
const DATA_STREAM = 0x9e3779b9;
const BP_STREAM = 0x85ebca6b;
const FF_STREAM = 0xc2b2ae35;

/** Mean cross-entropy of the MLP on the data. */
function meanLoss(net: Mlp, samples: readonly Sample[]): number {
  let total = 0;
  for (const s of samples) total += lossValue(mlpPredict(net, s.x), s.target, 'crossEntropy');
  return total / Math.max(1, samples.length);
}

/** A fresh run: data and both nets from the seed, nothing trained. */
export function createTrainer(config: TrainerConfig): Trainer {
  const points = makeDataset(config.data, createRng(config.seed ^ DATA_STREAM));
  const samples = points.map((p) => ({ x: p.x, target: [p.label] }));
  const ffSamples = points.map((p) => ({ point: p.x, label: p.label }));
  // The same seed for both nets' first weights: same sizes, same generator.
  const mlp = createMlp([2, ...HIDDEN, 1], createRng(config.seed), { hidden: 'tanh', output: 'sigmoid' });
  const ff = createFfNet([2 + LABELS, ...HIDDEN], createRng(config.seed));
  return {
    config,
    points,
    samples,
    ffSamples,
    mlp,
    ff,
    bpRng: createRng(config.seed ^ BP_STREAM),
    ffRng: createRng(config.seed ^ FF_STREAM),
    epoch: 0,
    bpLoss: [meanLoss(mlp, samples)],
    ffGap: [ffGoodnessGap(ff, ffSamples, LABELS)],
  };
}

/** Train both nets `epochs` more epochs, in place. */
export function trainEpochs(t: Trainer, epochs: number): void {
  for (let e = 0; e < epochs; e++) {
    t.mlp = mlpTrainEpoch(t.mlp, t.samples, t.config.bplr, t.bpRng, { batchSize: t.samples.length, loss: 'crossEntropy' }).net;
    t.ff = ffTrainEpoch(t.ff, t.ffSamples, LABELS, t.config.fflr, t.ffRng).net;
    t.epoch += 1;
    t.bpLoss.push(meanLoss(t.mlp, t.samples));
    t.ffGap.push(ffGoodnessGap(t.ff, t.ffSamples, LABELS));
  }
}

/** Centre of grid cell (col, row), row 0 at the top. */
export function cellPoint(col: number, row: number): [number, number] {
  const step = (EXTENT[1] - EXTENT[0]) / GRID;
  return [EXTENT[0] + (col + 0.5) * step, EXTENT[1] - (row + 0.5) * step];
}

/** Each net's class for every grid cell. */
export function regionGrids(t: Trainer): { bpGrid: number[]; ffGrid: number[] } {
  const bpGrid: number[] = new Array(GRID * GRID);
  const ffGrid: number[] = new Array(GRID * GRID);
  for (let row = 0; row < GRID; row++) {
    for (let col = 0; col < GRID; col++) {
      const p = cellPoint(col, row);
      bpGrid[row * GRID + col] = mlpClassify(t.mlp, p);
      ffGrid[row * GRID + col] = ffClassify(t.ff, p, LABELS);
    }
  }
  return { bpGrid, ffGrid };
}

/** Fraction of the data each net classifies right, and which points each gets wrong. */
export function accuracies(t: Trainer): { bpAccuracy: number; ffAccuracy: number; bpWrong: number[]; ffWrong: number[] } {
  const bpWrong: number[] = [];
  const ffWrong: number[] = [];
  t.points.forEach((p, i) => {
    if (mlpClassify(t.mlp, p.x) !== p.label) bpWrong.push(i);
    if (ffClassify(t.ff, p.x, LABELS) !== p.label) ffWrong.push(i);
  });
  const n = Math.max(1, t.points.length);
  return { bpAccuracy: 1 - bpWrong.length / n, ffAccuracy: 1 - ffWrong.length / n, bpWrong, ffWrong };
}

/** The view's copy of a run. */
export function snapshot(t: Trainer): Snapshot {
  return { epoch: t.epoch, bpLoss: t.bpLoss.slice(), ffGap: t.ffGap.slice(), ...accuracies(t), ...regionGrids(t) };
}

/** The run as the training runner drives it: epochs, two a tick (about 60 a second on screen), up to MAX_EPOCHS. */
export const ffCourse: Course<TrainerConfig, Trainer, Snapshot> = {
  create: createTrainer,
  train: trainEpochs,
  done: (t) => t.epoch,
  snapshot,
  total: () => MAX_EPOCHS,
  perTick: 2,
  tickMs: 33,
};
