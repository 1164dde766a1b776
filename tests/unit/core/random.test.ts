import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng, shuffled } from '../../../src/core';

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = createRng(seed);
        const b = createRng(seed);
        for (let i = 0; i < 20; i++) expect(a.next()).toBe(b.next());
        for (let i = 0; i < 5; i++) expect(a.normal()).toBe(b.normal());
      }),
    );
  });

  it('gives different sequences for different seeds', () => {
    const a = Array.from({ length: 8 }, createRng(1).next);
    const b = Array.from({ length: 8 }, createRng(2).next);
    expect(a).not.toEqual(b);
  });

  it('draws uniform numbers in [0, 1) with mean near 1/2', () => {
    const rng = createRng(42);
    let sum = 0;
    for (let i = 0; i < 20000; i++) {
      const u = rng.next();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      sum += u;
    }
    expect(sum / 20000).toBeCloseTo(0.5, 2);
  });

  it('draws standard normal numbers (mean 0, variance 1)', () => {
    const rng = createRng(7);
    const xs = Array.from({ length: 20001 }, rng.normal);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(variance).toBeGreaterThan(0.95);
    expect(variance).toBeLessThan(1.05);
  });
});

describe('shuffled', () => {
  it('returns a permutation and leaves the input alone', () => {
    const items = [1, 2, 3, 4, 5, 6];
    const out = shuffled(items, createRng(3));
    expect([...out].sort()).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6]);
    expect(shuffled(items, createRng(3))).toEqual(out);
  });
});
