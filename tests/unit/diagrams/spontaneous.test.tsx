import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { ACTIVATION_IDS, ACTIVATIONS, layerForward, spontaneousRateHz } from '../../../src/core';
import { defaults, parseParams } from '../../../src/params/schema';
import { DiagramRoot } from '../../../src/diagrams/DiagramRoot';
import {
  artificialOutput,
  explainArtificial,
  explainNeuron,
  formulaText,
  nextSeed,
  noisyParams,
  RATE_WINDOW_MS,
  rateCounter,
  rateReadout,
  runFor,
  spontaneousRate,
  WEIGHTS,
  yReadout,
} from '../../../src/diagrams/spontaneous/model';
import { advanceSim, firstWindow, WINDOW_MS } from '../../../src/diagrams/spontaneous/sim';
import { outputScale, spikeXs, tracePath, TRACE } from '../../../src/diagrams/spontaneous/layout';
import { spontaneousSchema } from '../../../src/diagrams/spontaneous/schema';
import def from '../../../src/diagrams/spontaneous';

describe('spontaneous: the noisy neuron', () => {
  it('counts its rate with the core helper over 10 s of simulated time', () => {
    expect(RATE_WINDOW_MS).toBe(10_000);
    expect(spontaneousRate(8, 1)).toBe(spontaneousRateHz(8, 1, 10_000));
    expect(spontaneousRate(8, 1)).toBeCloseTo(6.4, 10);
    expect(spontaneousRate(10, 3)).toBe(spontaneousRateHz(10, 3));
  });

  it('is silent with no noise and fires with noise, reproducibly for a seed', () => {
    expect(spontaneousRate(0, 1)).toBe(0);
    expect(spontaneousRate(8, 1)).toBeGreaterThan(0);
    expect(spontaneousRate(8, 7)).toBe(spontaneousRate(8, 7));
    expect(spontaneousRate(12, 1)).toBeGreaterThan(spontaneousRate(6, 1));
  });

  it('draws the very run the readout counts: the live sim has the same spikes in its first 10 s', () => {
    for (const [noise, seed] of [
      [8, 1],
      [10, 42],
    ] as const) {
      const sim = firstWindow(noisyParams(noise), seed);
      expect(sim.state.timeMs).toBeCloseTo(WINDOW_MS, 6);
      // Advance in uneven frame-sized chunks, as the animation does.
      let left = RATE_WINDOW_MS - WINDOW_MS;
      while (left > 1e-9) {
        const dt = Math.min(left, 16.7);
        advanceSim(sim, dt);
        left -= dt;
      }
      expect(sim.spikeCount).toBe(Math.round((spontaneousRate(noise, seed) * RATE_WINDOW_MS) / 1000));
    }
  });

  it('keeps only the last second in view, and the path stays inside the frame', () => {
    const sim = firstWindow(noisyParams(12), 5);
    advanceSim(sim, 3000);
    expect(sim.t[sim.start]!).toBeGreaterThan(sim.state.timeMs - WINDOW_MS - 5);
    const d = tracePath(sim);
    expect(d.startsWith('M')).toBe(true);
    expect(d).not.toMatch(/NaN/);
    for (const x of spikeXs(sim)) {
      expect(x).toBeGreaterThanOrEqual(TRACE.left);
      expect(x).toBeLessThanOrEqual(TRACE.right);
    }
  });

  it('says what happens at the extremes', () => {
    expect(rateReadout(0, 0)).toEqual({ value: '0.0 Hz', context: 'with no input and no noise: it rests at −70 mV for ever' });
    expect(rateReadout(6.4, 8)).toEqual({ value: '6.4 Hz', context: 'with no input (64 spikes in the run’s first 10 s)' });
    expect(explainNeuron(0, 0)).toMatch(/never fires/);
    expect(explainNeuron(2, 0)).toMatch(/no spike yet/);
    expect(explainNeuron(11, spontaneousRate(11, 1))).toMatch(/more than a real membrane shows/);
    // The default (8 mV) and anything above 5 mV is flagged as larger than in vivo (2–4 mV).
    expect(explainNeuron(6, spontaneousRate(6, 1))).toMatch(/more than a real membrane shows/);
    expect(explainNeuron(5, 0.3)).not.toMatch(/more than a real membrane shows/);
  });
});

describe('spontaneous: the artificial neuron', () => {
  it('returns φ(0·w + b) = φ(b), through layerForward', () => {
    for (const act of ACTIVATION_IDS) {
      for (const b of [-3, -0.5, 0, 0.5, 3]) {
        const { z, y } = artificialOutput(b, act);
        expect(z).toBe(b);
        expect(y).toBe(ACTIVATIONS[act].f(b));
        expect(y).toBe(layerForward(WEIGHTS, [b], [0, 0, 0], 1, 3, act).y[0]);
      }
    }
    expect(artificialOutput(0.5, 'sigmoid').y).toBeCloseTo(0.6225, 4);
  });

  it('writes the formula and names clipping and saturation', () => {
    expect(formulaText(0.5, 'sigmoid', artificialOutput(0.5, 'sigmoid').y)).toBe('sigmoid(0.50) = 0.62');
    expect(formulaText(-1, 'identity', -1)).toBe('−1.00');
    expect(yReadout(0.6225).value).toBe('0.62');
    expect(explainArtificial(-1, 'relu', 0)).toMatch(/silent/);
    expect(explainArtificial(-1, 'step', 0)).toMatch(/0 \(b < 0\)/);
    expect(explainArtificial(3, 'tanh', Math.tanh(3))).toMatch(/saturates/);
  });

  it('puts 0 and 1 and every output on the output axis', () => {
    for (const act of ACTIVATION_IDS) {
      const [lo, hi] = outputScale(act).y.domain() as [number, number];
      expect(lo).toBeLessThanOrEqual(0);
      expect(hi).toBeGreaterThanOrEqual(1);
      for (const b of [-3, 3]) {
        expect(ACTIVATIONS[act].f(b)).toBeGreaterThanOrEqual(lo);
        expect(ACTIVATIONS[act].f(b)).toBeLessThanOrEqual(hi);
      }
    }
  });
});

describe('spontaneous: params, scenes and the server render', () => {
  it('clamps hostile params', () => {
    const { params, notices } = parseParams(spontaneousSchema, 'noise=99&seed=-4&act=softmax&bias=abc');
    expect(params.noise).toBe(12);
    expect(params.seed).toBe(1);
    expect(params.act).toBe('sigmoid');
    expect(params.bias).toBe(0.5);
    expect(notices).toHaveLength(4);
  });

  it('has the scenes the essay may ask for', () => {
    const scenes = def.scenes!;
    expect(Object.keys(scenes)).toEqual(expect.arrayContaining(['silent', 'noisy', 'artificial']));
    expect(spontaneousRate(scenes.silent!.noise!, 1)).toBe(0);
    expect(spontaneousRate(scenes.noisy!.noise!, 1)).toBeGreaterThan(0);
    expect(artificialOutput(scenes.clipped!.bias!, scenes.clipped!.act!).y).toBe(0);
  });

  it('renders the readouts on the server as the core computes them', () => {
    const html = renderToString(<DiagramRoot def={def} initial={defaults(def.schema)} notices={[]} />);
    expect(html).toContain('data-readout="rate">6.4 Hz, with no input');
    expect(html).toContain('data-readout="y">0.62, with input 0');
    const silent = renderToString(<DiagramRoot def={def} initial={{ ...defaults(def.schema), noise: 0 }} notices={[]} />);
    expect(silent).toContain('data-readout="rate">0.0 Hz');
  });
});

describe('spontaneous: one instance’s run', () => {
  it('is the same run while noise and seed stay, counted at the core’s rate', () => {
    const run = runFor();
    const count = rateCounter();
    const a = run({ noise: 8, seed: 1 });
    expect(run({ noise: 8, seed: 1 })).toBe(a);
    expect(count(a)).toEqual({ run: a, rateHz: spontaneousRate(8, 1) });
    const b = run({ noise: 10, seed: 3 });
    expect(b).not.toBe(a);
    expect(count(b).rateHz).toBe(spontaneousRate(10, 3));
  });

  it('moves to the next seed, and from the last back to the first', () => {
    expect(nextSeed(1)).toBe(2);
    expect(nextSeed(9998)).toBe(9999);
    expect(nextSeed(9999)).toBe(1);
  });
});
