/**
 * The circuit's wiring, as data: which neurons exist, where they are drawn,
 * what they stand for, and how they connect (weights in mV, delays in ms).
 * A toy, not a measured circuit: visual-feature cells drive two "dog"
 * concept cells (cf. concept cells, Quiroga et al. 2005), which drive
 * associated concepts; loops re-excite; one inhibitory cell ends the wave.
 */
import type { Connection, DenseLayer } from '../../core';

export type Group = 'feature' | 'concept' | 'associate' | 'inhibitory';

/** One neuron of the drawing. */
export interface CircuitNode {
  label: string;
  group: Group;
  /** Position in the network panel's coordinates. */
  x: number;
  y: number;
}

export const NODES: readonly CircuitNode[] = [
  { label: 'edges', group: 'feature', x: 50, y: 40 },
  { label: 'four legs', group: 'feature', x: 50, y: 110 },
  { label: 'fur texture', group: 'feature', x: 50, y: 180 },
  { label: 'snout', group: 'feature', x: 50, y: 250 },
  { label: 'dog', group: 'concept', x: 200, y: 90 },
  { label: 'dog', group: 'concept', x: 200, y: 200 },
  { label: 'bark', group: 'associate', x: 350, y: 30 },
  { label: 'fur', group: 'associate', x: 390, y: 100 },
  { label: 'walk', group: 'associate', x: 350, y: 180 },
  { label: 'leash', group: 'associate', x: 440, y: 226 },
  { label: 'ball', group: 'associate', x: 330, y: 262 },
  { label: 'inhibitory', group: 'inhibitory', x: 286, y: 130 },
];

const c = (from: number, to: number, weightMilliVolts: number, delayMs: number): Connection => ({ from, to, weightMilliVolts, delayMs });

/** Connections: weights are jumps of the target's V (threshold is 15 mV above rest). */
export const CONNECTIONS: readonly Connection[] = [
  // features → dog concept cells: about two coincident inputs are needed
  c(0, 4, 8, 2.5),
  c(1, 4, 8, 3.5),
  c(2, 4, 6, 4.5),
  c(3, 4, 8, 3),
  c(0, 5, 6, 3.5),
  c(1, 5, 8, 2.5),
  c(2, 5, 8, 3),
  c(3, 5, 8, 4.5),
  // the two dog cells excite each other: a loop
  c(4, 5, 9, 3),
  c(5, 4, 9, 3.5),
  // dog → associated concepts
  c(4, 6, 16, 4),
  c(5, 6, 8, 5),
  c(4, 7, 8, 3),
  c(5, 7, 8, 4),
  c(2, 7, 8, 6),
  c(4, 8, 10, 5),
  c(5, 8, 10, 4),
  c(4, 10, 7, 6),
  c(5, 10, 7, 5),
  c(8, 10, 8, 4),
  // walk ⇄ leash: a loop that re-excites itself
  c(8, 9, 16, 6),
  c(9, 8, 14, 7),
  // bark re-excites a dog cell, late
  c(6, 4, 7, 9),
  // the inhibitory cell listens to the active cells and quiets them
  c(4, 11, 4, 2),
  c(5, 11, 4, 2),
  c(8, 11, 5, 2),
  c(9, 11, 5, 2),
  c(11, 4, -14, 2),
  c(11, 5, -14, 2),
  c(11, 8, -20, 2.5),
  c(11, 6, -10, 3),
];

/** The visual-feature cells the stimulus drives, with each one's latency after onset (ms). */
export const FEATURE_LATENCY_MS: readonly number[] = [4, 7, 9, 11];

/**
 * The feed-forward net beside it: the same four features in, one hidden
 * layer of four and one of three ReLU units, three sigmoid outputs.
 * Weights are fixed by hand so that "dog" wins for the dog's features.
 */
export const FF_INPUT_LABELS = ['edges', 'four legs', 'fur texture', 'snout'] as const;
export const FF_OUTPUT_LABELS = ['dog', 'cat', 'car'] as const;

export const FF_LAYERS: readonly DenseLayer[] = [
  {
    n: 4,
    k: 4,
    activation: 'relu',
    weights: [0.6, 0.4, 0.1, 0.2, 0.1, 0.5, 0.6, 0.1, 0.3, 0.1, 0.2, 0.7, -0.2, 0.6, 0.3, -0.1],
    biases: [0, -0.1, 0, 0.1],
  },
  {
    n: 3,
    k: 4,
    activation: 'relu',
    weights: [0.5, 0.6, 0.7, 0.2, 0.4, 0.5, -0.3, 0.2, 0.6, -0.4, 0.1, -0.2],
    biases: [0, 0, 0.1],
  },
  {
    n: 3,
    k: 3,
    activation: 'sigmoid',
    weights: [1.8, 0.6, -0.8, 0.2, 0.5, 0.2, -0.5, -0.4, 1.2],
    biases: [-1, -1.2, -0.8],
  },
];

/** The feature vector of the dog picture: all four features present. */
export const DOG_FEATURES: readonly number[] = [1, 1, 1, 1];
