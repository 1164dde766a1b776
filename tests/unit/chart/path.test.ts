import { describe, expect, it } from 'vitest';
import { bentControl, polylinePath, quadAt, quadPath } from '../../../src/chart/path';

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
});
