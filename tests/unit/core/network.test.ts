import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_LIF_PARAMS, TimeQueue, layerForward, simulateSpikingNetwork, synchronousForward, type SpikingNetwork } from '../../../src/core';

describe('TimeQueue', () => {
  it('pops in time order, ties in insertion order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), (times) => {
        const q = new TimeQueue<{ timeMs: number; id: number }>();
        times.forEach((timeMs, id) => q.push({ timeMs, id }));
        expect(q.size).toBe(times.length);
        const out: { timeMs: number; id: number }[] = [];
        for (let e = q.pop(); e; e = q.pop()) out.push(e);
        const expected = times.map((timeMs, id) => ({ timeMs, id })).sort((a, b) => a.timeMs - b.timeMs || a.id - b.id);
        expect(out).toEqual(expected);
      }),
    );
  });
});

describe('simulateSpikingNetwork', () => {
  const chain: SpikingNetwork = {
    size: 3,
    connections: [
      { from: 0, to: 1, weightMilliVolts: 20, delayMs: 1.5 },
      { from: 1, to: 2, weightMilliVolts: 20, delayMs: 2 },
    ],
  };

  it('passes a forced spike down a chain after the delays', () => {
    const run = simulateSpikingNetwork(chain, [{ timeMs: 1, neuron: 0 }], 50);
    expect(run.spikes).toEqual([
      { timeMs: 1, neuron: 0 },
      { timeMs: 2.5, neuron: 1 },
      { timeMs: 4.5, neuron: 2 },
    ]);
    expect(run.deliveries.map((d) => [d.from, d.to])).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(run.truncated).toBe(false);
  });

  it('needs coincident inputs when one is too weak, because V leaks between them', () => {
    const net: SpikingNetwork = { size: 1, connections: [] };
    const twoClose = simulateSpikingNetwork(
      net,
      [
        { timeMs: 0, neuron: 0, weightMilliVolts: 8 },
        { timeMs: 1, neuron: 0, weightMilliVolts: 8 },
      ],
      10,
    );
    expect(twoClose.spikes).toHaveLength(1);
    const twoApart = simulateSpikingNetwork(
      net,
      [
        { timeMs: 0, neuron: 0, weightMilliVolts: 8 },
        { timeMs: 40, neuron: 0, weightMilliVolts: 8 },
      ],
      50,
    );
    expect(twoApart.spikes).toHaveLength(0);
    // Exact decay: 8 mV after 40 ms with τ = 20 ms is 8·e⁻², then 8 more, then 10 ms of decay.
    const expected = -70 + (8 * Math.exp(-2) + 8) * Math.exp(-10 / 20);
    expect(twoApart.finalVMilliVolts[0]).toBeCloseTo(expected, 9);
  });

  it('reverberates around a loop and stops at maxSpikes', () => {
    const loop: SpikingNetwork = {
      size: 2,
      connections: [
        { from: 0, to: 1, weightMilliVolts: 20, delayMs: 3 },
        { from: 1, to: 0, weightMilliVolts: 20, delayMs: 3 },
      ],
    };
    const run = simulateSpikingNetwork(loop, [{ timeMs: 0, neuron: 0 }], 1000, 10);
    expect(run.spikes).toHaveLength(10);
    expect(run.truncated).toBe(true);
    expect(run.spikes.map((s) => s.neuron)).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 0, 1]);
    const bounded = simulateSpikingNetwork(loop, [{ timeMs: 0, neuron: 0 }], 10);
    expect(bounded.spikes.map((s) => s.timeMs)).toEqual([0, 3, 6, 9]);
  });

  it('ignores input during the refractory period and lets inhibition cancel excitation', () => {
    const net: SpikingNetwork = { size: 1, connections: [], params: DEFAULT_LIF_PARAMS };
    const refractory = simulateSpikingNetwork(
      net,
      [
        { timeMs: 0, neuron: 0 },
        { timeMs: 1, neuron: 0 },
      ],
      10,
    );
    expect(refractory.spikes).toHaveLength(1);
    const cancelled = simulateSpikingNetwork(
      net,
      [
        { timeMs: 0, neuron: 0, weightMilliVolts: -10 },
        { timeMs: 0, neuron: 0, weightMilliVolts: 20 },
      ],
      10,
    );
    expect(cancelled.spikes).toHaveLength(0);
  });

  it('emits spikes in time order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            from: fc.nat(4),
            to: fc.nat(4),
            weightMilliVolts: fc.double({ min: -10, max: 20, noNaN: true }),
            delayMs: fc.double({ min: 0.5, max: 5, noNaN: true }),
          }),
          { maxLength: 12 },
        ),
        fc.array(fc.record({ timeMs: fc.double({ min: 0, max: 20, noNaN: true }), neuron: fc.nat(4) }), { maxLength: 5 }),
        (connections, inputs) => {
          const run = simulateSpikingNetwork({ size: 5, connections }, inputs, 50, 500);
          for (let i = 1; i < run.spikes.length; i++) expect(run.spikes[i]!.timeMs).toBeGreaterThanOrEqual(run.spikes[i - 1]!.timeMs);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('rejects connections without a delay', () => {
    expect(() => simulateSpikingNetwork({ size: 2, connections: [{ from: 0, to: 1, weightMilliVolts: 1, delayMs: 0 }] }, [], 10)).toThrow(RangeError);
  });
});

describe('synchronousForward', () => {
  it('computes layer by layer, each layer feeding the next', () => {
    const layers = [
      { weights: [1, -1, 0.5, 0.5], biases: [0, -0.5], n: 2, k: 2, activation: 'relu' as const },
      { weights: [2, 3], biases: [1], n: 1, k: 2, activation: 'identity' as const },
    ];
    const out = synchronousForward(layers, [2, 1]);
    expect(Array.from(out.y[0]!)).toEqual([1, 1]);
    expect(Array.from(out.y[1]!)).toEqual([6]);
    const first = layerForward(layers[0]!.weights, layers[0]!.biases, [2, 1], 2, 2, 'relu');
    expect(out.z[0]).toEqual(first.z);
  });
});
