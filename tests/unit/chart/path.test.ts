import { describe, expect, it } from 'vitest';
import { bentControl, monotonePath, polylinePath, quadAt, quadPath } from '../../../src/chart/path';

describe('path geometry', () => {
  const a = { x: 0, y: 0 };
  const b = { x: 10, y: 0 };

  it('puts a quadratic curve at its ends for t = 0 and 1, and halfway between the chord and the control at t = ½', () => {
    const c = { x: 5, y: 8 };
    expect(quadAt(a, c, b, 0)).toEqual(a);
    expect(quadAt(a, c, b, 1)).toEqual(b);
    expect(quadAt(a, c, b, 0.5)).toEqual({ x: 5, y: 4 });
  });

  it('bends a curve to its left (SVG y down) by a fraction of its length, on the perpendicular through the midpoint', () => {
    expect(bentControl(a, b, 0.2)).toEqual({ x: 5, y: 2 });
    expect(bentControl(a, b, -0.2)).toEqual({ x: 5, y: -2 });
    expect(bentControl({ x: 0, y: 0 }, { x: 0, y: 10 }, 0.1)).toEqual({ x: -1, y: 5 });
  });

  it('writes rounded path strings', () => {
    expect(quadPath({ x: 0.04, y: 1.26 }, { x: 5, y: 8 }, b)).toBe('M0,1.3 Q5,8 10,0');
    expect(
      polylinePath(
        [
          [0, 0],
          [1.234, 2.5],
        ],
        1,
      ),
    ).toBe('M0,0L1.2,2.5');
    expect(polylinePath([])).toBe('');
  });

  it('drops only the points a trace’s line passes within the tolerance anyway', () => {
    const parse = (d: string) =>
      d
        .slice(1)
        .split('L')
        .map((pair) => pair.split(',').map(Number) as [number, number]);
    // A flat stretch, a spike, a flat stretch: 301 points.
    const ys = Array.from({ length: 301 }, (_, i) => (i >= 140 && i <= 160 ? 100 - Math.abs(i - 150) * 10 : Math.sin(i / 30) * 0.1));
    const kept = parse(
      monotonePath(
        ys.length,
        (i) => i,
        (i) => ys[i]!,
        0.25,
        3,
      ),
    );
    expect(kept.length).toBeLessThan(40);
    expect(kept[0]).toEqual([0, 0]);
    expect(kept[kept.length - 1]![0]).toBe(300);
    expect(kept.some(([x, y]) => x === 150 && y === 100)).toBe(true);
    // Every dropped point lies within the tolerance of the segment drawn over it.
    for (let i = 0; i < ys.length; i++) {
      const j = kept.findIndex(([x]) => x >= i);
      const [x1, y1] = kept[j]!;
      const [x0, y0] = kept[Math.max(0, j - 1)]!;
      const line = x1 === x0 ? y1 : y0 + ((y1 - y0) * (i - x0)) / (x1 - x0);
      expect(Math.abs(line - ys[i]!)).toBeLessThanOrEqual(0.25 + 1e-3);
    }
    // With no tolerance a straight line keeps its ends only; a zigzag keeps every point.
    expect(
      parse(
        monotonePath(
          50,
          (i) => i,
          (i) => 2 * i,
          0,
        ),
      ),
    ).toHaveLength(2);
    expect(
      parse(
        monotonePath(
          50,
          (i) => i,
          (i) => (i % 2) * 5,
          0.25,
        ),
      ),
    ).toHaveLength(50);
    expect(
      monotonePath(
        0,
        (i) => i,
        (i) => i,
      ),
    ).toBe('');
    expect(
      monotonePath(
        1,
        () => 3,
        () => 4,
      ),
    ).toBe('M3,4');
  });
});
