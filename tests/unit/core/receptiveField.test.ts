import { describe, expect, it } from 'vitest';
import { fieldResponse, gaborPatch } from '../../../src/core';

const SIZE = 28;
/** A grating (bars) of the given orientation over the whole image. */
function grating(orientationDegrees: number, cycles: number): Float64Array {
  const t = (orientationDegrees * Math.PI) / 180;
  const out = new Float64Array(SIZE * SIZE);
  const c = (SIZE - 1) / 2;
  for (let r = 0; r < SIZE; r++)
    for (let q = 0; q < SIZE; q++) out[r * SIZE + q] = 1 + Math.cos(((2 * Math.PI * cycles) / SIZE) * ((q - c) * Math.cos(t) + (r - c) * Math.sin(t)));
  return out;
}

describe('a Gabor receptive field', () => {
  it('has zero mean and unit length, and ignores a uniform picture', () => {
    const g = gaborPatch({ size: SIZE, orientationDegrees: 30, cyclesPerImage: 3 });
    expect(g.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 10);
    expect(Math.hypot(...g)).toBeCloseTo(1, 10);
    expect(g.reduce((sum, v) => sum + v * 7, 0)).toBeCloseTo(0, 9);
  });

  it('responds most to bars of its own orientation and frequency, least to bars at right angles', () => {
    const g = gaborPatch({ size: SIZE, orientationDegrees: 45, cyclesPerImage: 3 });
    const own = fieldResponse(g, grating(45, 3));
    expect(own).toBeGreaterThan(0.3);
    expect(Math.abs(fieldResponse(g, grating(135, 3)))).toBeLessThan(0.05);
    expect(own).toBeGreaterThan(fieldResponse(g, grating(45, 6)));
    expect(own).toBeGreaterThan(fieldResponse(g, grating(70, 3)));
  });

  it('is vertical bars at 0° and horizontal at 90°', () => {
    const v = gaborPatch({ size: SIZE, orientationDegrees: 0, cyclesPerImage: 3 });
    // Constant down a column near the centre, varying along a row.
    const mid = 14;
    expect(Math.abs(v[(mid - 2) * SIZE + mid]! - v[(mid + 2) * SIZE + mid]!)).toBeLessThan(Math.abs(v[mid * SIZE + mid - 2]! - v[mid * SIZE + mid]!));
    const h = gaborPatch({ size: SIZE, orientationDegrees: 90, cyclesPerImage: 3 });
    expect(fieldResponse(h, grating(90, 3))).toBeCloseTo(fieldResponse(v, grating(0, 3)), 6);
  });

  it('rejects shapes it cannot draw, and gives 0 for an empty input', () => {
    expect(() => gaborPatch({ size: 1, orientationDegrees: 0, cyclesPerImage: 1 })).toThrow(RangeError);
    expect(() => gaborPatch({ size: SIZE, orientationDegrees: NaN, cyclesPerImage: 1 })).toThrow(RangeError);
    expect(() => gaborPatch({ size: SIZE, orientationDegrees: 0, cyclesPerImage: 20 })).toThrow(RangeError);
    expect(fieldResponse(gaborPatch({ size: SIZE, orientationDegrees: 0, cyclesPerImage: 2 }), new Float64Array(SIZE * SIZE))).toBe(0);
    expect(() => fieldResponse([1, 2], [1])).toThrow(RangeError);
  });
});
