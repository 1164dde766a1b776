/**
 * Where the action-potential figure draws: four strips over one time axis
 * (the injected current, V, the Na⁺ and K⁺ currents, the gates m, h, n).
 * Pure geometry, no JSX. Text is 17 units in a 480-wide drawing, so it
 * stays near 11 px or more when a phone shows the drawing 330 px wide.
 */
import { monotonePath } from '../../chart/path';
import { scaleLinear } from '../../chart/scaleLinear';
import type { HhTrace } from '../../core';
import { RUN_MS } from './model';

export const WIDTH = 480;
export const HEIGHT = 440;
export const LEFT = 58;
export const RIGHT = 466;

export const STRIPS = {
  stim: { top: 10, bottom: 40 },
  v: { top: 58, bottom: 218 },
  current: { top: 240, bottom: 330 },
  gates: { top: 350, bottom: 410 },
} as const;

export const timeX = scaleLinear().domain([0, RUN_MS]).range([LEFT, RIGHT]);
export const TIME_TICKS = [0, 10, 20, 30, 40];
export const voltY = scaleLinear().domain([-90, 60]).range([STRIPS.v.bottom, STRIPS.v.top]).clamp(true);
export const VOLT_TICKS = [-80, -40, 0, 40];
export const gateY = scaleLinear().domain([0, 1]).range([STRIPS.gates.bottom, STRIPS.gates.top]);

/** The current strip's scale: symmetric about 0, wide enough for the largest current of the run (µA/cm²). */
export function currentY(trace: HhTrace) {
  let most = 100;
  for (let i = 0; i < trace.tMs.length; i++) most = Math.max(most, Math.abs(trace.iNaMicroAmpsPerCm2[i]!), Math.abs(trace.iKMicroAmpsPerCm2[i]!));
  const bound = Math.ceil(most / 200) * 200;
  return scaleLinear().domain([-bound, bound]).range([STRIPS.current.bottom, STRIPS.current.top]).clamp(true);
}

/** One column of the trace as a path through the time axis, dropping points the line passes within a quarter unit anyway. */
export function seriesPath(trace: HhTrace, values: ArrayLike<number>, y: (value: number) => number): string {
  return monotonePath(
    trace.tMs.length,
    (i) => timeX(trace.tMs[i]!),
    (i) => y(values[i]!),
  );
}

/** The injected current as a path in its strip, scaled to the largest value the slider allows. */
export function stimulusPath(trace: HhTrace, maxAmp: number): string {
  const y = scaleLinear().domain([0, maxAmp]).range([STRIPS.stim.bottom, STRIPS.stim.top]);
  return seriesPath(trace, trace.iStimMicroAmpsPerCm2, y);
}
