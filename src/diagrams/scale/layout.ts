/**
 * Geometry of the scale chart: one row per species or network, a shared
 * log axis of counts, marker shapes per measure. Pure (no JSX).
 */
import { SCALE_ENTRIES, type ScaleEntry } from '../../core';
import type { Measure } from './model';

export const WIDTH = 440;
export const HEIGHT = 480;

/** Left edge of the plot; row names sit to its left. */
export const PLOT_LEFT = 138;
export const PLOT_RIGHT = 428;
const ROW = 25;
const SPECIES_TOP = 66;
const HEADING_GAP = 42;

/** Counts from 10² to 10¹⁷ on a log axis (10¹² neurons × 10⁵ synapses each fits). */
export const DOMAIN: [number, number] = [1e2, 1e17];

const LOG_MIN = Math.log10(DOMAIN[0]);
const LOG_MAX = Math.log10(DOMAIN[1]);

/**
 * The x position of a count on the log axis, clamped to the plot. A plain
 * log map (not d3-scale's scaleLog) keeps this diagram's chunk small.
 */
export function x(count: number): number {
  const t = (Math.log10(Math.max(count, DOMAIN[0])) - LOG_MIN) / (LOG_MAX - LOG_MIN);
  return PLOT_LEFT + (PLOT_RIGHT - PLOT_LEFT) * Math.min(1, Math.max(0, t));
}

const speciesCount = SCALE_ENTRIES.filter((e) => e.kind === 'species').length;
const NETWORKS_TOP = SPECIES_TOP + speciesCount * ROW + HEADING_GAP;

/** The y of a row's centre line. */
export function rowY(entry: ScaleEntry): number {
  const rows = SCALE_ENTRIES.filter((e) => e.kind === entry.kind);
  const i = rows.findIndex((e) => e.id === entry.id);
  return (entry.kind === 'species' ? SPECIES_TOP : NETWORKS_TOP) + i * ROW;
}

/** Where each group's heading is written. */
export const HEADINGS = {
  species: { y: SPECIES_TOP - 22 },
  network: { y: NETWORKS_TOP - 22 },
};

/** The bottom axis. */
export const AXIS_Y = NETWORKS_TOP + (SCALE_ENTRIES.length - speciesCount) * ROW - 6;

/** Axis ticks: a labelled one every two decades, a grid line every decade. */
export function ticks(): { value: number; exponent: number; x: number; labelled: boolean }[] {
  const out = [];
  for (let e = 2; e <= 17; e++) out.push({ value: 10 ** e, exponent: e, x: x(10 ** e), labelled: e % 2 === 0 });
  return out;
}

/** Marker outlines centred on 0,0, about 90 square units each (the sizes d3-shape's symbols would give). */
const CIRCLE = 'M5.4,0A5.4,5.4,0,1,1,-5.4,0A5.4,5.4,0,1,1,5.4,0Z';
const SQUARE = 'M-4.5,-4.5h9v9h-9Z';
const DIAMOND = 'M0,-9.8L5.6,0L0,9.8L-5.6,0Z';
const MARKERS: Record<Measure, { d: string; filled: boolean }> = {
  neurons: { d: CIRCLE, filled: false },
  synapses: { d: CIRCLE, filled: true },
  units: { d: SQUARE, filled: false },
  parameters: { d: DIAMOND, filled: true },
  active: { d: DIAMOND, filled: false },
};

/** A marker's path (centred on 0,0) and whether it is filled: shape tells the measure. */
export function marker(measure: Measure): { d: string; filled: boolean } {
  return MARKERS[measure];
}

/** Top band where the calculator's total is written above its line. */
export const CALC_LABEL_Y = 15;
