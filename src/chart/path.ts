/** Path geometry the diagrams share: points, polylines and quadratic Bézier curves, as numbers and as SVG path strings. */

export interface Point {
  x: number;
  y: number;
}

const rounder = (digits: number) => {
  const f = 10 ** digits;
  return (v: number) => Math.round(v * f) / f;
};

/** An SVG polyline path through screen points, rounded to `digits` decimals ("M x,y L x,y …"). */
export function polylinePath(points: readonly (readonly [number, number])[], digits = 2): string {
  if (points.length === 0) return '';
  const r = rounder(digits);
  return `M${points.map(([x, y]) => `${r(x)},${r(y)}`).join('L')}`;
}

/**
 * An SVG polyline through a series whose x only grows (a trace over time),
 * with every point dropped that the line would pass within `tolerance`
 * units of anyway: the flat stretches of a voltage trace shrink to a few
 * points, steep ones keep all theirs. One pass: from each kept point, the
 * slopes that pass every point since within `tolerance` narrow to a cone;
 * the first point outside it ends the segment at the point before. So every
 * dropped point lies within `tolerance` (vertically) of the line drawn.
 */
export function monotonePath(count: number, x: (i: number) => number, y: (i: number) => number, tolerance = 0.25, digits = 1): string {
  if (count <= 0) return '';
  const r = rounder(digits);
  let ax = x(0);
  let ay = y(0);
  let out = `M${r(ax)},${r(ay)}`;
  let lo = -Infinity;
  let hi = Infinity;
  let px = ax;
  let py = ay;
  for (let i = 1; i < count; i++) {
    const xi = x(i);
    const yi = y(i);
    const dx = xi - ax;
    const slope = (yi - ay) / dx;
    if (!(dx > 0) || slope < lo || slope > hi) {
      // The segment ends at the previous point, which starts the next.
      out += `L${r(px)},${r(py)}`;
      ax = px;
      ay = py;
      const step = xi - ax;
      lo = step > 0 ? (yi - tolerance - ay) / step : -Infinity;
      hi = step > 0 ? (yi + tolerance - ay) / step : Infinity;
    } else {
      lo = Math.max(lo, (yi - tolerance - ay) / dx);
      hi = Math.min(hi, (yi + tolerance - ay) / dx);
    }
    px = xi;
    py = yi;
  }
  if (count > 1) out += `L${r(px)},${r(py)}`;
  return out;
}

/** The point at `t` ∈ [0, 1] on the quadratic Bézier curve from `a` to `b` pulled toward `c`. */
export function quadAt(a: Point, c: Point, b: Point, t: number): Point {
  const u = 1 - t;
  return { x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y };
}

/** The same curve as an SVG path ("M a Q c b"), rounded to `digits` decimals. */
export function quadPath(a: Point, c: Point, b: Point, digits = 1): string {
  const r = rounder(digits);
  return `M${r(a.x)},${r(a.y)} Q${r(c.x)},${r(c.y)} ${r(b.x)},${r(b.y)}`;
}

/**
 * The control point that bends a curve from `a` to `b` to its left by
 * `bend` × its length (a negative `bend` bends it right): the midpoint moved
 * along the perpendicular.
 */
export function bentControl(a: Point, b: Point, bend: number): Point {
  return { x: (a.x + b.x) / 2 - (b.y - a.y) * bend, y: (a.y + b.y) / 2 + (b.x - a.x) * bend };
}
