/**
 * Geometry of the contrast diagram: the stimulus timeline with its rows
 * (stimulus, spikes after each first stimulus, adaptation current,
 * feed-forward output), and the Ebbinghaus figure. Pure data: scales, paths
 * and circle positions, no JSX.
 */
import { scaleLinear } from '../../chart/scaleLinear';
import type { StimulusBlock } from '../../core';
import { DT_MS, ffOutput, FIRST_MS, TEST_MS } from './model';
import { contrastSchema } from './schema';

/** The largest stimulus the sliders allow, nA (the large first stimulus at its maximum). */
const MAX_STIMULUS = contrastSchema.fields.large.max;

export const TIMELINE_WIDTH = 360;
export const TIMELINE_HEIGHT = 330;
/** Left margin holds the row names; right margin the test rates. */
export const PLOT = { left: 82, right: 314 };
/** Longest protocol: first stimulus, the longest pause, the test. */
export const MAX_TIME_MS = FIRST_MS + contrastSchema.fields.gap.max + TEST_MS;
export const TIME_TICKS = [0, 200, 400, 600, 800];

/** Vertical bands of the rows. */
export const ROWS = {
  stimulus: { top: 22, bottom: 74 },
  spikes: { top: 96, bottom: 176 },
  adaptation: { top: 200, bottom: 246 },
  ff: { top: 270, bottom: 300 },
};
export const AXIS_Y = 318;

/** Time (ms) → x. */
export const timeX = scaleLinear().domain([0, MAX_TIME_MS]).range([PLOT.left, PLOT.right]);
/** Stimulus (nA, up to the largest allowed) → y in the stimulus row. */
export const stimulusY = scaleLinear().domain([0, MAX_STIMULUS]).range([ROWS.stimulus.bottom, ROWS.stimulus.top]);
/** Adaptation current (nA) → y: the axis holds the largest the slider's stimuli build. */
export const adaptationY = scaleLinear().domain([0, 2]).range([ROWS.adaptation.bottom, ROWS.adaptation.top]).clamp(true);

/** The feed-forward output's top: its answer to the largest stimulus (at least 1). */
const FF_MAX = Math.max(1, ffOutput(MAX_STIMULUS));
/** Feed-forward output → y in its row. */
export function ffY(value: number): number {
  return ROWS.ff.bottom - (value / FF_MAX) * (ROWS.ff.bottom - ROWS.ff.top);
}

/** The y of raster row i (0 = after large, 1 = after small, 2 = none). */
export function rasterY(i: number): number {
  const h = (ROWS.spikes.bottom - ROWS.spikes.top) / 3;
  return ROWS.spikes.top + h * (i + 0.5);
}
export const RASTER_TICK = 9;

/** A piecewise-constant signal over the blocks as a step path, with `y` mapping each block's value. */
export function blocksPath(blocks: readonly StimulusBlock[], value: (block: StimulusBlock) => number, y: (v: number) => number): string {
  let t = 0;
  const parts: string[] = [`M${timeX(0).toFixed(1)},${y(0).toFixed(1)}`];
  for (const block of blocks) {
    const yy = y(value(block)).toFixed(1);
    parts.push(`L${timeX(t).toFixed(1)},${yy}`);
    t += block.durationMs;
    parts.push(`L${timeX(t).toFixed(1)},${yy}`);
  }
  parts.push(`L${timeX(t).toFixed(1)},${y(0).toFixed(1)}`);
  if (t < MAX_TIME_MS) parts.push(`L${timeX(MAX_TIME_MS).toFixed(1)},${y(0).toFixed(1)}`);
  return parts.join('');
}

/** The adaptation current sampled every millisecond, as a path. */
export function adaptationPath(samples: readonly number[]): string {
  const stepMs = Math.round(1 / DT_MS) * DT_MS;
  return samples.map((w, i) => `${i === 0 ? 'M' : 'L'}${timeX(i * stepMs).toFixed(1)},${adaptationY(w).toFixed(1)}`).join('');
}

/* ---------- the Ebbinghaus figure ---------- */

export const EBBINGHAUS_WIDTH = 400;
export const EBBINGHAUS_HEIGHT = 200;
const CENTRES = [100, 300] as const;
const CY = 100;

export interface Circle {
  cx: number;
  cy: number;
  r: number;
}

export interface EbbinghausGroup {
  centre: Circle;
  ring: Circle[];
}

/** One group: a centre circle ringed by circles of diameter `ringDiameter`, spaced `gap` from it. */
function group(cx: number, centreDiameter: number, ringDiameter: number, gap: number, spacing: number): EbbinghausGroup {
  const radius = centreDiameter / 2 + gap + ringDiameter / 2;
  const fit = Math.floor((2 * Math.PI * radius) / (ringDiameter * spacing));
  const count = Math.max(4, Math.min(12, fit));
  const ring = Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
    return { cx: cx + radius * Math.cos(angle), cy: CY + radius * Math.sin(angle), r: ringDiameter / 2 };
  });
  return { centre: { cx, cy: CY, r: centreDiameter / 2 }, ring };
}

/** Both groups: large surround on the left, small on the right, identical centres. */
export function ebbinghaus(centreDiameter: number, bigDiameter: number, smallDiameter: number): { left: EbbinghausGroup; right: EbbinghausGroup } {
  return {
    left: group(CENTRES[0], centreDiameter, bigDiameter, 10, 1.08),
    right: group(CENTRES[1], centreDiameter, smallDiameter, 6, 1.9),
  };
}
