import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { DEFAULT_LIF_PARAMS, lifRateHz, simulateLif } from '../../../src/core';
import { defaults, parseParams, serializeParams } from '../../../src/params/schema';
import { fmt } from '../../../src/chart/format';
import { DiagramRoot } from '../../../src/diagrams/DiagramRoot';
import def from '../../../src/diagrams/membrane';
import { membraneSchema } from '../../../src/diagrams/membrane/schema';
import { explain, fiModel, lifParams, rateReadout, steadyStateMilliVolts, summary, vmReadout } from '../../../src/diagrams/membrane/model';
import { advanceSim, createSim, firstWindow, PULSE_MS, sendPulse, WINDOW_MS, type MembraneSim } from '../../../src/diagrams/membrane/sim';
import { fiLayout, tracePath, windowX } from '../../../src/diagrams/membrane/layout';

const LIF = DEFAULT_LIF_PARAMS;

/** Highest potential reached in the sim's history. */
const peak = (sim: MembraneSim) => Math.max(...sim.v.slice(sim.start));

describe('membrane model', () => {
  it('reads the analytic rate from the core, and says when the input is below rheobase', () => {
    expect(rateReadout(LIF, 1.8)).toEqual({ value: `${fmt(lifRateHz(LIF, 1.8), 1)} Hz`, context: 'analytic rate at 1.80 nA' });
    expect(rateReadout(LIF, 1.8).value).toBe('26.4 Hz');
    expect(rateReadout(LIF, 1)).toEqual({ value: '0 Hz', context: 'below rheobase (1.5 nA)' });
    expect(summary(LIF, 1)).toBe('Input 1.00 nA: 0 Hz, below rheobase (1.5 nA).');
  });

  it('puts the potential in context', () => {
    expect(vmReadout(LIF, -62.34, false)).toEqual({ value: '−62.3 mV', context: '7.3 mV below threshold' });
    expect(vmReadout(LIF, -70, true).context).toBe('refractory: held at reset');
  });

  it('finds the potential a subthreshold current holds, and none for one that fires', () => {
    expect(steadyStateMilliVolts(LIF, 1.2)).toBeCloseTo(-58, 9);
    expect(steadyStateMilliVolts(LIF, 0)).toBe(-70);
    expect(steadyStateMilliVolts(LIF, 1.8)).toBeUndefined();
  });

  it('explains rest, subthreshold, firing and the refractory cap in words', () => {
    expect(explain(LIF, 0)).toContain('temporal summation');
    expect(explain(LIF, 1.2)).toContain('holds the membrane at −58.0 mV, 3.0 mV below threshold');
    expect(explain(LIF, 1.8)).toContain('26.4 spikes a second');
    expect(explain(LIF, 1.55)).toContain('rises steeply from 0');
    expect(explain(lifParams(5), 5)).toContain('caps the rate at 500 Hz');
  });

  it('draws the f–I curve from the core with a ReLU of the same mean slope', () => {
    const fi = fiModel(LIF);
    expect(fi.rheobase).toBe(1.5);
    for (const p of fi.curve) expect(p.rateHz).toBe(lifRateHz(LIF, p.currentNanoAmps));
    expect(fi.relu(1.5)).toBe(0);
    expect(fi.relu(1)).toBe(0);
    expect(fi.relu(5)).toBeCloseTo(lifRateHz(LIF, 5), 9);
    expect(fi.reluSlope).toBeCloseTo(lifRateHz(LIF, 5) / 3.5, 9);
    const layout = fiLayout(fi, 5);
    expect(layout.curve).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(layout.rateTicks[4]).toBeGreaterThanOrEqual(fi.maxRate);
  });
});

describe('membrane simulation', () => {
  it('fires in its first window exactly when the core’s simulateLif does', () => {
    const sim = firstWindow(LIF, 1.8);
    const core = simulateLif(LIF, 1.8, WINDOW_MS, 0.1);
    expect(sim.spikes.length).toBe(core.spikeTimesMs.length);
    sim.spikes.forEach((t, i) => expect(t).toBeCloseTo(core.spikeTimesMs[i]!, 9));
    expect(sim.state.timeMs).toBeCloseTo(WINDOW_MS, 9);
  });

  it('draws the climb to threshold and the jump to reset at each spike', () => {
    const sim = firstWindow(LIF, 1.8);
    const i = sim.t.indexOf(sim.spikes[0]!);
    expect(sim.v[i]).toBe(LIF.thresholdMilliVolts);
    expect(sim.v[i + 1]).toBe(LIF.resetMilliVolts);
  });

  it('lets one pulse fade below threshold: the leak', () => {
    const sim = createSim(LIF);
    sendPulse(sim);
    advanceSim(sim, LIF, 0, 100);
    expect(sim.spikes).toEqual([]);
    expect(peak(sim) - LIF.restMilliVolts).toBeGreaterThan(5);
    expect(peak(sim)).toBeLessThan(LIF.thresholdMilliVolts);
    expect(sim.v[sim.v.length - 1]! - LIF.restMilliVolts).toBeLessThan(0.1);
  });

  it('sums quick pulses to threshold (temporal summation), but not slow ones', () => {
    const quick = createSim(LIF);
    for (let i = 0; i < 3; i++) {
      sendPulse(quick);
      advanceSim(quick, LIF, 0, 5);
    }
    advanceSim(quick, LIF, 0, 20);
    expect(quick.spikes.length).toBe(1);

    const slow = createSim(LIF);
    for (let i = 0; i < 3; i++) {
      sendPulse(slow);
      advanceSim(slow, LIF, 0, 60);
    }
    expect(slow.spikes).toEqual([]);
  });

  it('queues a pulse sent during another one after it', () => {
    const sim = createSim(LIF);
    sendPulse(sim);
    sendPulse(sim);
    expect(sim.pulses).toEqual([0, PULSE_MS]);
    expect(sim.pulseEndMs).toBe(2 * PULSE_MS);
  });

  it('forgets what has left the window and keeps time without drift', () => {
    const sim = firstWindow(LIF, 3);
    for (let i = 0; i < 2000; i++) advanceSim(sim, LIF, 3, 16.7 / 20);
    expect(sim.state.timeMs).toBeCloseTo(WINDOW_MS + 2000 * (16.7 / 20), 6);
    expect(sim.t[sim.start]!).toBeGreaterThan(sim.state.timeMs - WINDOW_MS - 2);
    expect(sim.t.length - sim.start).toBeLessThan(700);
    for (const t of sim.spikes) expect(t).toBeGreaterThan(sim.state.timeMs - WINDOW_MS - 10);
    expect(tracePath(sim)).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(windowX(sim, sim.state.timeMs - WINDOW_MS - 1)).toBeUndefined();
  });
});

describe('membrane params and view', () => {
  it('clamps a hostile current and keeps the defaults meaningful', () => {
    const { params, notices } = parseParams(membraneSchema, 'current=99&playing=maybe');
    expect(params.current).toBe(5);
    expect(params.playing).toBe(true);
    expect(notices).toHaveLength(2);
  });

  it('round-trips every scene', () => {
    for (const [name, patch] of Object.entries(def.scenes ?? {})) {
      const params = { ...defaults(membraneSchema), ...patch };
      expect(parseParams(membraneSchema, serializeParams(membraneSchema, params, true)).params, name).toEqual(params);
    }
    expect(Object.keys(def.scenes ?? {})).toEqual(expect.arrayContaining(['rest', 'subthreshold', 'firing', 'fast-firing']));
  });

  it('renders the first window on the server: a trace, spikes, and the readouts', () => {
    const html = renderToString(<DiagramRoot def={def} initial={defaults(membraneSchema)} notices={[]} />);
    expect(html).toContain('data-readout="rate">26.4 Hz, analytic rate at 1.80 nA<');
    expect(html).toContain('data-readout="rheobase">1.5 nA<');
    expect(html).toMatch(/data-readout="vm">−\d+\.\d mV/);
    expect(html).toContain('5 spikes in view');
    expect(html).toContain('Send a pulse');
    const again = renderToString(<DiagramRoot def={def} initial={defaults(membraneSchema)} notices={[]} />);
    expect(again).toBe(html);
  });
});
