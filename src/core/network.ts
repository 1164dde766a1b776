/**
 * Two ways signals travel:
 *
 * - asynchronous: LIF neurons joined by weighted, delayed connections (loops
 *   allowed), simulated event by event. A spike arriving makes the target's V
 *   jump by the weight (a delta-PSP, as in Brunel 2000, detailed brief §2.4 A);
 *   between events V decays exactly toward rest. There is no clock.
 * - synchronous: a feed-forward net computed once, layer by layer.
 */
import { requireFinite, requireNonNegative } from './checks';
import { DEFAULT_LIF_PARAMS, checkLifParams, type LifParams } from './lif';
import { layerForward } from './layer';
import type { ActivationId } from './activations';
import { TimeQueue } from './priorityQueue';
import type { MilliSeconds, MilliVolts } from './units';

/** A directed, weighted, delayed connection. */
export interface Connection {
  from: number;
  to: number;
  /** Jump in the target's V when a spike arrives (negative = inhibitory). */
  weightMilliVolts: MilliVolts;
  /** Conduction plus synaptic delay; must be > 0 (the brief's default D is 1.5 ms). */
  delayMs: MilliSeconds;
}

/** A spiking network: `size` identical LIF neurons and their connections. */
export interface SpikingNetwork {
  size: number;
  connections: readonly Connection[];
  params?: LifParams;
}

/** An input from outside: a PSP of `weightMilliVolts`, or, without a weight, a forced spike. */
export interface InputEvent {
  timeMs: MilliSeconds;
  neuron: number;
  weightMilliVolts?: MilliVolts;
}

/** A spike of one neuron. */
export interface SpikeEvent {
  timeMs: MilliSeconds;
  neuron: number;
}

/** A spike arriving at its target (for animating the edges). */
export interface Delivery {
  timeMs: MilliSeconds;
  from: number;
  to: number;
  weightMilliVolts: MilliVolts;
}

/** What an asynchronous run produced, in time order. */
export interface SpikingRun {
  spikes: SpikeEvent[];
  deliveries: Delivery[];
  finalVMilliVolts: Float64Array;
  /** True if the run stopped at maxSpikes before durationMs. */
  truncated: boolean;
}

type Arrival = { timeMs: number; to: number; from: number; weight: number; forced: boolean };

/**
 * Simulates the network event by event until durationMs (or maxSpikes,
 * default 10,000). RangeError for a non-finite duration, weight or input
 * time, a delay that is not finite and > 0, or a neuron index out of range.
 */
export function simulateSpikingNetwork(network: SpikingNetwork, inputs: readonly InputEvent[], durationMs: MilliSeconds, maxSpikes = 10000): SpikingRun {
  const p = network.params ?? DEFAULT_LIF_PARAMS;
  checkLifParams(p);
  requireNonNegative('durationMs', durationMs);
  const requireNeuron = (name: string, i: number): void => {
    if (!(Number.isInteger(i) && i >= 0 && i < network.size)) {
      throw new RangeError(`${name} must be a neuron index in [0, ${network.size - 1}] (got ${i})`);
    }
  };
  const outgoing: Connection[][] = Array.from({ length: network.size }, () => []);
  for (const c of network.connections) {
    if (!(c.delayMs > 0 && Number.isFinite(c.delayMs))) throw new RangeError('connection delays must be finite and > 0 ms');
    requireFinite('weightMilliVolts', c.weightMilliVolts);
    requireNeuron('from', c.from);
    requireNeuron('to', c.to);
    outgoing[c.from].push(c);
  }
  for (const input of inputs) {
    requireFinite('input timeMs', input.timeMs);
    requireNeuron('input neuron', input.neuron);
    if (input.weightMilliVolts !== undefined) requireFinite('input weightMilliVolts', input.weightMilliVolts);
  }
  const v = new Float64Array(network.size).fill(p.restMilliVolts);
  const lastUpdate = new Float64Array(network.size);
  const refractoryUntil = new Float64Array(network.size).fill(-Infinity);
  const queue = new TimeQueue<Arrival>();
  for (const input of inputs) {
    queue.push({
      timeMs: input.timeMs,
      to: input.neuron,
      from: -1,
      weight: input.weightMilliVolts ?? 0,
      forced: input.weightMilliVolts === undefined,
    });
  }
  const spikes: SpikeEvent[] = [];
  const deliveries: Delivery[] = [];
  const decayTo = (i: number, t: number): void => {
    const start = Math.max(lastUpdate[i], refractoryUntil[i]);
    if (t > start) v[i] = p.restMilliVolts + (v[i] - p.restMilliVolts) * Math.exp(-(t - start) / p.tauMs);
    lastUpdate[i] = t;
  };
  let truncated = false;
  for (let event = queue.pop(); event && event.timeMs <= durationMs; event = queue.pop()) {
    const i = event.to;
    if (event.from >= 0) deliveries.push({ timeMs: event.timeMs, from: event.from, to: i, weightMilliVolts: event.weight });
    if (event.timeMs < refractoryUntil[i]) continue; // input during the refractory period is lost
    decayTo(i, event.timeMs);
    v[i] = v[i] + event.weight;
    if (!event.forced && v[i] < p.thresholdMilliVolts) continue;
    if (spikes.length >= maxSpikes) {
      truncated = true;
      break;
    }
    spikes.push({ timeMs: event.timeMs, neuron: i });
    v[i] = p.resetMilliVolts;
    refractoryUntil[i] = event.timeMs + p.refractoryMs;
    for (const c of outgoing[i]) {
      queue.push({ timeMs: event.timeMs + c.delayMs, to: c.to, from: i, weight: c.weightMilliVolts, forced: false });
    }
  }
  for (let i = 0; i < network.size; i++) decayTo(i, durationMs);
  return { spikes, deliveries, finalVMilliVolts: v, truncated };
}

/** One layer of a feed-forward net: W is n×k row-major (a row is a neuron). */
export interface DenseLayer {
  weights: ArrayLike<number>;
  biases: ArrayLike<number>;
  n: number;
  k: number;
  activation: ActivationId;
}

/** Computes a feed-forward net once, layer by layer; returns every layer's z and y. */
export function synchronousForward(layers: readonly DenseLayer[], input: ArrayLike<number>): { z: Float64Array[]; y: Float64Array[] } {
  const z: Float64Array[] = [];
  const y: Float64Array[] = [];
  let x: ArrayLike<number> = input;
  for (const layer of layers) {
    const out = layerForward(layer.weights, layer.biases, x, layer.n, layer.k, layer.activation);
    z.push(out.z);
    y.push(out.y);
    x = out.y;
  }
  return { z, y };
}
