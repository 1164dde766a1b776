/**
 * A rolling window of a leaky integrate-and-fire neuron, stepped live with the
 * core's `stepLif`: the recorded potential, the spike times, and the current
 * pulses the reader sends. Mutable by design (it advances every frame), pure
 * otherwise: no DOM, no clock, no randomness, so the server and the browser
 * compute the same first window.
 */
import { createLifState, stepLif, type LifParams, type LifState } from '../../core';
import { createTrace, forget as forgetBefore, record, takeSteps, type RollingTrace } from '../../chart/trace';

/** Simulation step, ms; stepLif is exact for constant input, so this only sets where pulses start and end. */
export const DT_MS = 0.1;
/** How much simulated time the trace shows, ms. */
export const WINDOW_MS = 200;
/** A sample is kept every this many ms (plus the exact threshold crossings). */
const SAMPLE_MS = 0.5;
/** A pulse: this much extra current for this long. */
export const PULSE_NANOAMPS = 8;
export const PULSE_MS = 2;

/** The live neuron and its recent history (potentials in mV). */
export interface MembraneSim extends RollingTrace {
  state: LifState;
  pulses: number[];
  /** End of the last scheduled pulse, ms. */
  pulseEndMs: number;
  nextSampleMs: number;
}

/** A neuron at rest at t = 0 with an empty history. */
export function createSim(params: LifParams): MembraneSim {
  const state = createLifState(params);
  return { ...createTrace(0, state.vMilliVolts), state, pulses: [], pulseEndMs: -Infinity, nextSampleMs: SAMPLE_MS };
}

/** The first window, computed the same way on the server and in the browser: rest, then `currentNanoAmps` from t = 0. */
export function firstWindow(params: LifParams, currentNanoAmps: number): MembraneSim {
  const sim = createSim(params);
  advanceSim(sim, params, currentNanoAmps, WINDOW_MS);
  return sim;
}

/** Schedule a pulse right after any pulse still running. */
export function sendPulse(sim: MembraneSim): void {
  const startMs = Math.max(sim.state.timeMs, sim.pulseEndMs);
  sim.pulseEndMs = startMs + PULSE_MS;
  sim.pulses.push(startMs);
}

/** Advance by `ms` with a constant current plus any pulse; records samples, spikes, and forgets what left the window. */
export function advanceSim(sim: MembraneSim, params: LifParams, currentNanoAmps: number, ms: number): void {
  const steps = takeSteps(sim, ms, DT_MS);
  const { state } = sim;
  for (let s = 0; s < steps; s++) {
    const t0 = state.timeMs;
    // A pulse counts for a step when the step's midpoint falls inside it.
    const mid = t0 + DT_MS / 2;
    const pulsing = mid < sim.pulseEndMs && pulseAt(sim, mid);
    const fired = stepLif(state, params, currentNanoAmps + (pulsing ? PULSE_NANOAMPS : 0), DT_MS);
    if (fired) {
      sim.spikes.push(state.lastSpikeMs);
      // The potential reaches threshold at the spike and restarts from reset: draw both ends of the jump.
      record(sim, state.lastSpikeMs, params.thresholdMilliVolts);
      record(sim, state.lastSpikeMs, params.resetMilliVolts);
    }
    if (state.timeMs >= sim.nextSampleMs - 1e-9 || fired) {
      record(sim, state.timeMs, state.vMilliVolts);
      sim.nextSampleMs = state.timeMs + SAMPLE_MS;
    }
  }
  forget(sim);
}

/** Whether a pulse covers time `t`. */
function pulseAt(sim: MembraneSim, t: number): boolean {
  for (let i = sim.pulses.length - 1; i >= 0; i--) {
    const p = sim.pulses[i]!;
    if (p <= t && t < p + PULSE_MS) return true;
    if (p + PULSE_MS < t) return false;
  }
  return false;
}

function forget(sim: MembraneSim): void {
  const oldest = sim.state.timeMs - WINDOW_MS - 1;
  forgetBefore(sim, oldest, 5);
  while (sim.pulses.length && (sim.pulses[0] ?? 0) + PULSE_MS < oldest) sim.pulses.shift();
}
