import { describe, expect, it } from 'vitest';
import { simulateSpikingNetwork, synchronousForward } from '../../../src/core';
import {
  feedForward,
  ffStepsAt,
  firedLabels,
  flash,
  inFlight,
  lastSpikeAt,
  nextEvent,
  runCircuit,
  spikesUpTo,
  stimulus,
  TICK_MS,
} from '../../../src/diagrams/circuit/model';
import { CONNECTIONS, DOG_FEATURES, FF_LAYERS, NODES } from '../../../src/diagrams/circuit/network';
import { EDGES, alongEdge, FF_NODES } from '../../../src/diagrams/circuit/layout';
import { RUN_MS } from '../../../src/diagrams/circuit/schema';

describe('circuit model', () => {
  it('is exactly the core’s event-driven run for the seeded stimulus', () => {
    const run = runCircuit(1);
    const core = simulateSpikingNetwork({ size: NODES.length, connections: CONNECTIONS }, stimulus(1), RUN_MS);
    expect(run.spikes).toEqual(core.spikes);
    expect(run.flights).toHaveLength(core.deliveries.length);
    expect(runCircuit(1)).toEqual(run);
    expect(stimulus(2)).not.toEqual(stimulus(1));
  });

  it('spreads from the features to the dog cells and their associations, then falls silent', () => {
    for (const seed of [1, 2, 3, 17, 999]) {
      const run = runCircuit(seed);
      const fired = firedLabels(run, RUN_MS);
      for (const label of ['edges', 'dog', 'bark', 'walk', 'inhibitory']) expect(fired, `seed ${seed}`).toContain(label);
      expect(run.lastSpikeMs).toBeGreaterThan(FF_LAYERS.length * TICK_MS);
      expect(run.lastSpikeMs).toBeLessThan(RUN_MS * 0.8);
      const dog = NODES.findIndex((n) => n.label === 'dog');
      const edges = NODES.findIndex((n) => n.label === 'edges');
      expect(run.byNeuron[dog]![0]!).toBeGreaterThan(run.byNeuron[edges]![0]!);
    }
  });

  it('moves a time cursor: counts, flashes, next events and spikes in transit', () => {
    const run = runCircuit(1);
    expect(spikesUpTo(run, -1)).toBe(0);
    expect(spikesUpTo(run, RUN_MS)).toBe(run.spikes.length);
    const first = run.spikes[0]!;
    expect(spikesUpTo(run, first.timeMs)).toBeGreaterThanOrEqual(1);
    expect(lastSpikeAt(run.byNeuron[first.neuron]!, first.timeMs)).toBe(first.timeMs);
    expect(flash(first.timeMs, first.timeMs)).toBe(1);
    expect(flash(first.timeMs, first.timeMs + 50)).toBeLessThan(0.01);
    expect(flash(-Infinity, 10)).toBe(0);
    expect(nextEvent(run, 0)).toBe(run.eventTimes[0]);
    expect(nextEvent(run, RUN_MS)).toBe(RUN_MS);
    const moving = inFlight(run, first.timeMs + 1);
    expect(moving.length).toBeGreaterThan(0);
    for (const m of moving) {
      expect(m.f).toBeGreaterThanOrEqual(0);
      expect(m.f).toBeLessThan(1);
    }
    const e = EDGES[0]!;
    expect(alongEdge(e, 0)).toEqual(e.p0);
    expect(alongEdge(e, 1).x).toBeCloseTo(e.p1.x, 9);
  });

  it('computes the feed-forward net once with the core, one layer per clock tick, then stops', () => {
    expect(feedForward()).toEqual(synchronousForward(FF_LAYERS, DOG_FEATURES));
    const out = feedForward().y[FF_LAYERS.length - 1]!;
    expect(out[0]!).toBeGreaterThan(Math.max(out[1]!, out[2]!));
    expect([0, 9.9, 10, 25, 30, 100].map(ffStepsAt)).toEqual([0, 0, 1, 2, 3, 3]);
    expect(FF_NODES.map((l) => l.length)).toEqual([4, 4, 3, 3]);
  });
});
