import { describe, expect, it } from 'vitest';
import { scaleLinear as d3ScaleLinear } from 'd3-scale';
import { scaleLinear } from '../../../src/chart/scaleLinear';

describe('scaleLinear', () => {
  it('maps, inverts, clamps and ticks exactly as d3-scale does', () => {
    const cases: [number[], number[]][] = [
      [
        [0, 1],
        [0, 100],
      ],
      [
        [-5, 5],
        [300, 20],
      ],
      [
        [-90, 40],
        [10, 250],
      ],
      [
        [0.013, 0.977],
        [0, 1],
      ],
    ];
    for (const [domain, range] of cases) {
      const ours = scaleLinear().domain(domain).range(range);
      const theirs = d3ScaleLinear().domain(domain).range(range);
      for (const v of [domain[0]!, domain[1]!, (domain[0]! + domain[1]!) / 3, domain[1]! * 2]) expect(ours(v)).toBeCloseTo(theirs(v), 9);
      expect(ours.invert(range[0]! + 7)).toBeCloseTo(theirs.invert(range[0]! + 7), 9);
      expect(ours.ticks(5)).toEqual(theirs.ticks(5));
      expect(ours.copy().nice(4).domain()).toEqual(theirs.copy().nice(4).domain());
      expect(ours.copy().clamp(true)(domain[1]! * 10)).toBeCloseTo(theirs.copy().clamp(true)(domain[1]! * 10), 9);
    }
  });
});
