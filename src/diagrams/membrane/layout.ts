/**
 * Geometry of the membrane trace and the f–I plot: scales, tick lists and
 * path strings (d3 math only, no JSX), so both render the same on the server.
 */
import { scaleLinear } from '../../chart/scaleLinear';
import { polylinePath } from '../../chart/path';
import type { FiModel } from './model';
import { WINDOW_MS, type MembraneSim } from './sim';

/** Both panels share one viewBox size, narrow enough to read on a 320 px phone. */
export const PANEL_WIDTH = 360;
export const PANEL_HEIGHT = 240;

export const TRACE = { left: 40, right: 352, top: 34, bottom: 206 };
/** The spike markers sit above the voltage axis (the LIF has no spike shape to draw). */
export const SPIKE_MARKER_Y = 16;
/** Voltage axis of the trace, mV. */
export const TRACE_DOMAIN: readonly [number, number] = [-76, -50];
export const VOLT_TICKS = [-75, -70, -65, -60, -55, -50];
export const TIME_TICKS = [-200, -150, -100, -50, 0];

/** mV → y in the trace. */
export const voltY = scaleLinear().domain(TRACE_DOMAIN).range([TRACE.bottom, TRACE.top]).clamp(true);
/** Time relative to now (−200…0 ms) → x in the trace. */
export const timeX = scaleLinear().domain([-WINDOW_MS, 0]).range([TRACE.left, TRACE.right]);

/** The trace's path for the window ending now, from the sim's samples. */
export function tracePath(sim: MembraneSim): string {
  const now = sim.state.timeMs;
  const x0 = TRACE.left;
  const k = (TRACE.right - TRACE.left) / WINDOW_MS;
  const parts: string[] = [];
  for (let i = sim.start; i < sim.t.length; i++) {
    const x = Math.max(x0, x0 + (sim.t[i]! - (now - WINDOW_MS)) * k);
    parts.push(`${i === sim.start ? 'M' : 'L'}${x.toFixed(1)},${voltY(sim.v[i]!).toFixed(1)}`);
  }
  return parts.join('');
}

/** x of an absolute simulated time in the current window, or undefined when it has left it. */
export function windowX(sim: MembraneSim, tMs: number): number | undefined {
  const rel = tMs - sim.state.timeMs;
  return rel < -WINDOW_MS || rel > 0 ? undefined : timeX(rel);
}

export const FI = { left: 40, right: 344, top: 18, bottom: 206 };

/** Scales and paths of the f–I panel. */
export function fiLayout(fi: FiModel, maxCurrent: number) {
  const top = Math.max(20, Math.ceil((fi.maxRate * 1.05) / 20) * 20);
  const x = scaleLinear().domain([0, maxCurrent]).range([FI.left, FI.right]);
  const y = scaleLinear().domain([0, top]).range([FI.bottom, FI.top]);
  const curve = polylinePath(
    fi.curve.map((p) => [x(p.currentNanoAmps), y(p.rateHz)] as const),
    1,
  );
  const relu = `M${x(0).toFixed(1)},${y(0).toFixed(1)}L${x(fi.rheobase).toFixed(1)},${y(0).toFixed(1)}L${x(maxCurrent).toFixed(1)},${y(fi.relu(maxCurrent)).toFixed(1)}`;
  const step = top / 4;
  return { x, y, curve, relu, rateTicks: [0, step, 2 * step, 3 * step, top], currentTicks: [0, 1, 2, 3, 4, 5].filter((c) => c <= maxCurrent) };
}
