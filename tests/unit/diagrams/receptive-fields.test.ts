import { describe, expect, it } from 'vitest';
import { buildDigits } from '../../../scripts/digits.mjs';
import {
  createRng,
  createSoftmaxModel,
  createSoftmaxWorkspace,
  digitsAsLabelledSet,
  parseDigits,
  softmaxAccuracy,
  softmaxTrainEpoch,
  DIGITS_TRAINING_DEFAULTS,
} from '../../../src/core';
import { createRun, runSnapshot, trainSteps } from '../../../src/diagrams/receptive-fields/course';
import { centred, classify, explain, derived, PIXELS, SIDE, stamp, type Shown } from '../../../src/diagrams/receptive-fields/model';
import { receptiveFieldsSchema } from '../../../src/diagrams/receptive-fields/schema';
import { parseParams } from '../../../src/params/schema';

const digits = parseDigits(buildDigits().bytes);
const config = { url: '', seed: 1, lr: 0.1, epochs: 5, pretrain: 0 };

describe('receptive-fields course', () => {
  it('is the core’s epochs sliced into SGD steps: the same weights, the same held-out accuracy', () => {
    const run = createRun(config, digits);
    trainSteps(run, 2 * run.stepsPerEpoch);
    const rng = createRng(1);
    const model = createSoftmaxModel(10, PIXELS, rng);
    const train = digitsAsLabelledSet(digits, digits.train);
    const workspace = createSoftmaxWorkspace(10, DIGITS_TRAINING_DEFAULTS.batchSize);
    for (let e = 0; e < 2; e++) softmaxTrainEpoch(model, train, rng, { learningRate: 0.1, batchSize: DIGITS_TRAINING_DEFAULTS.batchSize, workspace });
    expect(Array.from(run.model.weights)).toEqual(Array.from(model.weights));
    expect(runSnapshot(run).accuracy).toBe(softmaxAccuracy(model, digitsAsLabelledSet(digits, digits.test)));
  });

  it('reaches at least 88 % of the held-out digits in the default 5 epochs, the same twice from one seed', () => {
    const accuracy = () => {
      const run = createRun(config, digits);
      trainSteps(run, 5 * run.stepsPerEpoch);
      return runSnapshot(run);
    };
    const first = accuracy();
    expect(first.epoch).toBe(5);
    expect(first.accuracy).toBeGreaterThanOrEqual(0.88);
    expect(accuracy().accuracy).toBe(first.accuracy);
  });
});

describe('receptive-fields model', () => {
  it('centres a drawing by its centre of mass, as MNIST centres its digits', () => {
    const ink = new Float32Array(PIXELS);
    for (let y = 2; y < 10; y++) stamp(ink, 4, y);
    const moved = centred(ink);
    let mass = 0;
    let mx = 0;
    let my = 0;
    moved.forEach((v, i) => {
      mass += v;
      mx += v * (i % SIDE);
      my += v * Math.floor(i / SIDE);
    });
    expect(Math.abs(mx / mass - 13.5)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(my / mass - 13.5)).toBeLessThanOrEqual(0.5);
    expect(mass).toBeCloseTo(
      ink.reduce((a, b) => a + b, 0),
      0,
    );
    expect(centred(new Float32Array(PIXELS)).every((v) => v === 0)).toBe(true);
  });

  it('classifies held-out digits as the core does, and says so', () => {
    const run = createRun(config, digits);
    trainSteps(run, 5 * run.stepsPerEpoch);
    const snap = runSnapshot(run);
    const test = digitsAsLabelledSet(digits, digits.test);
    let right = 0;
    for (let i = 0; i < 200; i++) {
      const { predicted, p } = classify(snap, Float32Array.from(test.inputs[i]!));
      if (predicted === test.labels[i]) right++;
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
    expect(right / 200).toBeGreaterThan(0.8);
    const shown: Shown = {
      snap,
      input: { pixels: Float32Array.from(test.inputs[0]!), label: test.labels[0]!, drawn: false },
      epochs: 5,
      theta: 45,
      freq: 3,
      error: null,
      loading: false,
    };
    const text = explain({ ...shown, ...derived(shown) });
    expect(text).toMatch(/After 5\.0 epochs the layer names \d+\.\d % of 1,000 digits/);
    expect(text).not.toMatch(/NaN|undefined/);
    expect(explain({ ...shown, snap: null, ...derived({ ...shown, snap: null }) })).toMatch(/Press Play/);
    expect(explain({ ...shown, error: 'the digits could not be loaded (HTTP 404)', ...derived(shown) })).toMatch(
      /cannot train here: the digits could not be loaded/,
    );
  });

  it('clamps a hostile URL: a huge learning rate or epoch count, a garbage digit', () => {
    const { params, notices } = parseParams(receptiveFieldsSchema, '?lr=1e9&epochs=1e6&digit=-3&theta=abc&seed=0');
    expect(params).toMatchObject({ lr: 1, epochs: 20, digit: 0, theta: 45, seed: 1 });
    expect(notices.length).toBe(5);
  });
});
