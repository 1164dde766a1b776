/**
 * The circuit's model: one run of the core's event-driven spiking network
 * per seed, precomputed whole, and the feed-forward net's one pass. The
 * animation only moves a time cursor through these results.
 */
import { createRng, simulateSpikingNetwork, synchronousForward, type InputEvent, type SpikeEvent } from '../../core';
import { CONNECTIONS, DOG_FEATURES, FEATURE_LATENCY_MS, FF_LAYERS, NODES } from './network';
import { RUN_MS } from './schema';

/** The feed-forward net computes one layer per tick of its global clock. */
export const TICK_MS = 10;
/** The dog stays in view for three glances, one every ~12 ms. */
const REPEATS = 3;
const REPEAT_MS = 12;
const JITTER_MS = 2;

/** "Show a dog": each feature cell is made to fire three times, at its latency plus seeded jitter. */
export function stimulus(seed: number): InputEvent[] {
  const rng = createRng(seed);
  const inputs: InputEvent[] = [];
  FEATURE_LATENCY_MS.forEach((latency, neuron) => {
    for (let r = 0; r < REPEATS; r++) inputs.push({ timeMs: Math.max(0.5, latency + r * REPEAT_MS + rng.normal() * JITTER_MS), neuron });
  });
  return inputs;
}

/** A spike in transit along connection `edge`, from `startMs` to `endMs`. */
export interface Flight {
  edge: number;
  startMs: number;
  endMs: number;
}

/** A whole run, ready for a time cursor. */
export interface CircuitRun {
  spikes: SpikeEvent[];
  /** Each neuron's spike times, ascending. */
  byNeuron: number[][];
  flights: Flight[];
  /** Time of the last spike, or 0 if none. */
  lastSpikeMs: number;
  /** Distinct moments something happens (spikes and clock ticks), ascending: what "Step" visits. */
  eventTimes: number[];
}

/** Simulate the circuit for one seed with the core (event-driven, no clock). */
export function runCircuit(seed: number): CircuitRun {
  const run = simulateSpikingNetwork({ size: NODES.length, connections: CONNECTIONS }, stimulus(seed), RUN_MS);
  const byNeuron: number[][] = NODES.map(() => []);
  for (const s of run.spikes) byNeuron[s.neuron]!.push(s.timeMs);
  const edgeOf = new Map(CONNECTIONS.map((c, i) => [`${c.from}>${c.to}`, i]));
  const flights: Flight[] = [];
  for (const d of run.deliveries) {
    const edge = edgeOf.get(`${d.from}>${d.to}`);
    if (edge !== undefined) flights.push({ edge, startMs: d.timeMs - CONNECTIONS[edge]!.delayMs, endMs: d.timeMs });
  }
  const times = [...run.spikes.map((s) => s.timeMs), ...FF_LAYERS.map((_, l) => (l + 1) * TICK_MS)].sort((a, b) => a - b);
  const eventTimes: number[] = [];
  for (const t of times) if (eventTimes.length === 0 || t - eventTimes[eventTimes.length - 1]! > 0.25) eventTimes.push(t);
  return { spikes: run.spikes, byNeuron, flights, lastSpikeMs: run.spikes.at(-1)?.timeMs ?? 0, eventTimes };
}

/** The feed-forward net's one pass on the dog's features (core's synchronousForward). */
export function feedForward(): { z: Float64Array[]; y: Float64Array[] } {
  return synchronousForward(FF_LAYERS, DOG_FEATURES);
}

/** How many of the feed-forward layers have been computed by time t. */
export function ffStepsAt(tMs: number): number {
  return Math.max(0, Math.min(FF_LAYERS.length, Math.floor(tMs / TICK_MS + 1e-9)));
}

/** How many spikes happened at or before t (binary search). */
export function spikesUpTo(run: CircuitRun, tMs: number): number {
  let lo = 0;
  let hi = run.spikes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (run.spikes[mid]!.timeMs <= tMs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The most recent spike time of one neuron at or before t, or -Infinity. */
export function lastSpikeAt(times: readonly number[], tMs: number): number {
  let last = -Infinity;
  for (const s of times) {
    if (s > tMs) break;
    last = s;
  }
  return last;
}

const FLASH_MS = 5;

/** How bright a neuron's flash is at t: 1 at its spike, fading over a few ms. */
export function flash(lastSpikeMs: number, tMs: number): number {
  const age = tMs - lastSpikeMs;
  return age < 0 || !Number.isFinite(age) ? 0 : Math.exp(-age / FLASH_MS);
}

/** The next moment after t at which something happens, or the end of the run. */
export function nextEvent(run: CircuitRun, tMs: number): number {
  for (const e of run.eventTimes) if (e > tMs + 1e-9) return e;
  return RUN_MS;
}

/** Spikes in transit at t, each with the fraction of its path travelled. */
export function inFlight(run: CircuitRun, tMs: number): { edge: number; f: number; key: number }[] {
  const out = [];
  for (let i = 0; i < run.flights.length; i++) {
    const fl = run.flights[i]!;
    if (fl.startMs <= tMs && tMs < fl.endMs) out.push({ edge: fl.edge, f: (tMs - fl.startMs) / (fl.endMs - fl.startMs), key: i });
  }
  return out;
}

/** Neurons that have fired at least once by t, by label, in the order they first fired. */
export function firedLabels(run: CircuitRun, tMs: number): string[] {
  const seen = new Set<number>();
  for (const s of run.spikes) {
    if (s.timeMs > tMs) break;
    seen.add(s.neuron);
  }
  return [...new Set([...seen].map((i) => NODES[i]!.label))];
}
