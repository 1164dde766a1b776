/** An SVG polyline path through screen points, rounded to `digits` decimals ("M x,y L x,y …"). */
export function polylinePath(points: readonly (readonly [number, number])[], digits = 2): string {
  if (points.length === 0) return '';
  const f = 10 ** digits;
  const r = (v: number) => Math.round(v * f) / f;
  return `M${points.map(([x, y]) => `${r(x)},${r(y)}`).join('L')}`;
}
