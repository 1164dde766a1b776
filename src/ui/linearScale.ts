/**
 * A linear map from a domain to a range: what d3-scale's scaleLinear does for
 * a chart, without its 9 KB (interpolators, formats, time) in a figure's chunk.
 */

/** v ↦ screen position; `domain` and `range` are kept for reading back. */
export interface LinearScale {
  (value: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

/** The linear map taking domain[0] → range[0] and domain[1] → range[1] (a zero-width domain maps to the range's middle). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const map = ((value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0))) as LinearScale;
  map.domain = [d0, d1];
  map.range = [r0, r1];
  return map;
}

/** An SVG polyline path through screen points, rounded to `digits` decimals ("M x,y L x,y …"). */
export function polylinePath(points: readonly (readonly [number, number])[], digits = 2): string {
  if (points.length === 0) return '';
  const f = 10 ** digits;
  const r = (v: number) => Math.round(v * f) / f;
  return `M${points.map(([x, y]) => `${r(x)},${r(y)}`).join('L')}`;
}
