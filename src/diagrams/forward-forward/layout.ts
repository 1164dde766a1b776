/**
 * Geometry of the forward-forward figure: each learner's plane (data points
 * over decision regions) and its small line chart. Pure data, no JSX.
 *
 *   ┌ backprop ───────┐  ┌ forward–forward ┐
 *   │ regions + data  │  │ regions + data  │
 *   │ loss ╲___       │  │ gap   ___╱      │
 *   └─────────────────┘  └─────────────────┘
 */
import { nice, ticks } from 'd3-array';
import { gridRegionPaths } from '../../chart/gridRegions';
import { scaleLinear } from '../../chart/scaleLinear';
import { polylinePath } from '../../chart/path';
import { EXTENT, GRID } from './trainer';

/** The plane's viewBox: the data square fills it but for a thin frame. */
export const PLANE = { width: 240, height: 240, inset: 4 } as const;
const SIZE = PLANE.width - 2 * PLANE.inset;

export const px = scaleLinear()
  .domain(EXTENT)
  .range([PLANE.inset, PLANE.inset + SIZE]);
export const py = scaleLinear()
  .domain(EXTENT)
  .range([PLANE.inset + SIZE, PLANE.inset]);

/** Region paths [class 0, class 1] for a grid of classes. */
export function regionPaths(grid: readonly number[]): string[] {
  return gridRegionPaths(grid, { columns: GRID, rows: GRID, left: PLANE.inset, top: PLANE.inset, width: SIZE, height: SIZE });
}

/** The line chart under each plane. */
export const CHART = { width: 240, height: 104, left: 36, right: 232, top: 10, bottom: 80 } as const;

/** Shortest x range the chart shows, in epochs, so the first epochs are not squeezed to a point. */
const MIN_EPOCHS = 60;
/** Most points a curve path uses (longer series are thinned evenly). */
const MAX_POINTS = 160;

export interface ChartGeometry {
  path: string;
  /** Nice y ticks with their screen y. */
  yTicks: { value: number; y: number }[];
  /** The x tick at the right end (the range's last epoch). */
  xMax: number;
  /** Screen y of zero (for the gap's baseline). */
  zeroY: number;
  /** The last point, for a dot. */
  last: { x: number; y: number } | null;
}

/** A curve of one value per epoch (index = epoch), scaled to the chart; the y range always contains 0 and `floor`. */
export function chartGeometry(values: readonly number[], floor: number): ChartGeometry {
  const epochs = Math.max(MIN_EPOCHS, values.length - 1);
  let lo = Math.min(0, floor);
  let hi = Math.max(0, floor);
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const [niceLo, niceHi] = nice(lo, hi, 4);
  const y = scaleLinear().domain([niceLo, niceHi]).range([CHART.bottom, CHART.top]);
  const x = scaleLinear().domain([0, epochs]).range([CHART.left, CHART.right]);
  const stride = Math.max(1, Math.ceil(values.length / MAX_POINTS));
  const shown: [number, number][] = [];
  for (let i = 0; i < values.length; i += stride) shown.push([i, values[i]!]);
  if (values.length && shown[shown.length - 1]![0] !== values.length - 1) shown.push([values.length - 1, values[values.length - 1]!]);
  const path = polylinePath(
    shown.map(([e, v]) => [x(e), y(v)]),
    1,
  );
  const lastValue = values.length ? values[values.length - 1]! : null;
  return {
    path,
    yTicks: ticks(niceLo, niceHi, 3).map((value) => ({ value, y: y(value) })),
    xMax: epochs,
    zeroY: y(0),
    last: lastValue === null ? null : { x: x(values.length - 1), y: y(lastValue) },
  };
}
