/**
 * Geometry of the two plots: the model neuron's f–I curves and the artificial
 * neuron's activation, over the same input axis. Scales, ticks and path
 * strings only (no JSX).
 */
import { scaleLinear } from '../../chart/scaleLinear';
import type { ActivationId, FiPoint } from '../../core';
import { artificialOutput, MAX_CURRENT } from './model';

/** Both panels share one viewBox size, narrow enough for a 320 px phone. */
export const PANEL_WIDTH = 360;
export const PANEL_HEIGHT = 250;
export const PLOT = { left: 44, right: 348, top: 20, bottom: 206 };

/** Rate axis, Hz: fixed, so the curve moves and the axis does not. */
export const RATE_MAX = 160;
export const RATE_TICKS = [0, 40, 80, 120, 160];
export const CURRENT_TICKS = [0, 1, 2, 3, 4];

/** Input (nA, or x) → x on screen; both panels share it. */
export const inputX = scaleLinear().domain([0, MAX_CURRENT]).range([PLOT.left, PLOT.right]);
/** Rate → y in the f–I panel. */
export const rateY = scaleLinear().domain([0, RATE_MAX]).range([PLOT.bottom, PLOT.top]).clamp(true);

/** An f–I curve's path. */
export function fiPath(curve: readonly FiPoint[]): string {
  return curve.map((p, i) => `${i === 0 ? 'M' : 'L'}${inputX(p.currentNanoAmps).toFixed(1)},${rateY(p.rateHz).toFixed(1)}`).join('');
}

/** The activation panel's scale, ticks, tick decimals and curve y = φ(w·x + b) for x over the input axis (the panel makes it once per activation). */
export function activationLayout(act: ActivationId) {
  const out = (x: number) => artificialOutput(x, act).y;
  const lo = Math.min(0, out(0));
  const hi = Math.max(1, out(MAX_CURRENT));
  const y = scaleLinear().domain([lo, hi]).range([PLOT.bottom, PLOT.top]);
  const ticks = y.ticks(5);
  const parts: string[] = [];
  const n = 160;
  for (let i = 0; i <= n; i++) {
    const x = (MAX_CURRENT * i) / n;
    const xs = inputX(x).toFixed(1);
    const value = out(x);
    // The step function jumps: draw the jump as a vertical segment, not a slope.
    const previous = i > 0 ? out((MAX_CURRENT * (i - 1)) / n) : value;
    if (act === 'step' && previous !== value) parts.push(`L${xs},${y(previous).toFixed(1)}`);
    const ys = y(value).toFixed(1);
    parts.push(`${i === 0 ? 'M' : 'L'}${xs},${ys}`);
  }
  const digits = ticks.some((t) => !Number.isInteger(t)) ? 1 : 0;
  return { y, ticks, digits, path: parts.join('') };
}
