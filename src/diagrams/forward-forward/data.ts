/**
 * The toy data sets the two learners see: small, 2-D, two classes, drawn with
 * the core's seeded generator so a seed in the URL reproduces the same points.
 */
import type { Rng } from '../../core';

/** Which data set: four XOR blobs, or two interleaved half-moons. */
export type DataKind = 'xor' | 'moons';

/** One labelled point in the plane (both coordinates roughly in [−2, 2]). */
export interface DataPoint {
  x: [number, number];
  label: 0 | 1;
}

/** Largest |coordinate| of a point (the plot spans ±2.2). */
const LIMIT = 2.1;

/** Points per class. */
export const PER_CLASS = 40;

// TODO(core): move to src/core (a seeded 2-D toy-data generator beside xor.ts).
/** The data set of `kind`, `PER_CLASS` points per class, from `rng`. */
export function makeDataset(kind: DataKind, rng: Rng): DataPoint[] {
  const points: DataPoint[] = [];
  for (let i = 0; i < 2 * PER_CLASS; i++) {
    const label = (i % 2) as 0 | 1;
    if (kind === 'xor') {
      // Blobs at (±1, ±1): class 1 where the signs differ, as in XOR.
      const sx = rng.next() < 0.5 ? -1 : 1;
      const sy = label === 1 ? -sx : sx;
      points.push({ x: [sx + 0.35 * rng.normal(), sy + 0.35 * rng.normal()], label });
    } else {
      // scikit-learn's make_moons shape, centred and scaled to the plot.
      const t = Math.PI * rng.next();
      const mx = label === 0 ? Math.cos(t) : 1 - Math.cos(t);
      const my = label === 0 ? Math.sin(t) : 0.5 - Math.sin(t);
      points.push({ x: [1.4 * (mx - 0.5) + 0.12 * rng.normal(), 1.4 * (my - 0.25) + 0.12 * rng.normal()], label });
    }
  }
  // A rare far-out normal draw would sit off the plot: keep every point on it.
  for (const p of points) p.x = [clampCoordinate(p.x[0]), clampCoordinate(p.x[1])];
  return points;
}

const clampCoordinate = (v: number) => Math.max(-LIMIT, Math.min(LIMIT, v));
