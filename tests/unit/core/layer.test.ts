import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ACTIVATIONS,
  ACTIVATION_IDS,
  activationOf,
  dot,
  layerBackward,
  layerForward,
  matTVec,
  matVec,
  norm,
  outer,
  type ActivationId,
} from '../../../src/core';

const finite = fc.double({ min: -3, max: 3, noNaN: true });

// A random shape and matching W, b, x.
const shapes = fc.record({ n: fc.integer({ min: 1, max: 9 }), k: fc.integer({ min: 1, max: 9 }) }).chain(({ n, k }) =>
  fc.record({
    n: fc.constant(n),
    k: fc.constant(k),
    w: fc.array(finite, { minLength: n * k, maxLength: n * k }),
    b: fc.array(finite, { minLength: n, maxLength: n }),
    x: fc.array(finite, { minLength: k, maxLength: k }),
    c: fc.array(finite, { minLength: n, maxLength: n }),
  }),
);

const naiveMatVec = (w: number[], x: number[], n: number, k: number): number[] =>
  Array.from({ length: n }, (_, i) => x.reduce((s, xj, j) => s + w[i * k + j]! * xj, 0));

describe('linear algebra', () => {
  it('dot equals the naive sum on any lengths', () => {
    fc.assert(
      fc.property(fc.array(finite, { maxLength: 30 }), (a) => {
        const b = a.map((v, i) => v * 0.5 - i);
        expect(dot(a, b)).toBeCloseTo(
          a.reduce((s, v, i) => s + v * b[i]!, 0),
          9,
        );
      }),
    );
  });

  it('matVec and matTVec equal the naive product on random shapes', () => {
    fc.assert(
      fc.property(shapes, ({ n, k, w, x, c }) => {
        const got = Array.from(matVec(w, x, n, k));
        naiveMatVec(w, x, n, k).forEach((v, i) => expect(got[i]).toBeCloseTo(v, 9));
        const wt = Array.from({ length: k * n }, (_, idx) => w[(idx % n) * k + Math.floor(idx / n)]!);
        const gotT = Array.from(matTVec(w, c, n, k));
        naiveMatVec(wt, c, k, n).forEach((v, j) => expect(gotT[j]).toBeCloseTo(v, 9));
      }),
    );
  });

  it('checks shapes', () => {
    expect(() => matVec([1, 2, 3], [1, 2], 2, 2)).toThrow(RangeError);
    expect(() => matVec([1, 2, 3, 4], [1], 2, 2)).toThrow(RangeError);
    expect(() => layerForward([1, 2, 3, 4], [1], [1, 2], 2, 2)).toThrow(RangeError);
  });

  it('computes outer products and norms', () => {
    expect(Array.from(outer([1, 2], [3, 4, 5]))).toEqual([3, 4, 5, 6, 8, 10]);
    expect(norm([3, 4])).toBe(5);
  });
});

describe('activations', () => {
  it('have matching ids, a TeX formula and a derivative that matches finite differences', () => {
    for (const id of ACTIVATION_IDS) {
      const a = ACTIVATIONS[id];
      expect(a.id).toBe(id);
      expect(a.tex.length).toBeGreaterThan(3);
      expect(activationOf(id)).toBe(a);
      expect(activationOf(a)).toBe(a);
      for (const z of [-2.3, -0.7, 0.4, 1.9]) {
        const h = 1e-6;
        expect(a.df(z)).toBeCloseTo((a.f(z + h) - a.f(z - h)) / (2 * h), 5);
      }
    }
  });

  it('take the documented values', () => {
    expect([ACTIVATIONS.step.f(0), ACTIVATIONS.step.f(-1e-9)]).toEqual([1, 0]);
    expect([ACTIVATIONS.relu.f(-2), ACTIVATIONS.relu.f(2), ACTIVATIONS.relu.df(0)]).toEqual([0, 2, 0]);
    expect(ACTIVATIONS.sigmoid.f(0)).toBe(0.5);
    expect(ACTIVATIONS.sigmoid.f(-800)).toBe(0);
    expect(ACTIVATIONS.sigmoid.f(800)).toBe(1);
    expect(ACTIVATIONS.tanh.f(0)).toBe(0);
    expect(ACTIVATIONS.identity.f(-3.5)).toBe(-3.5);
  });
});

describe('layer', () => {
  it('equals the naive y = f(Wx + b) on random shapes', () => {
    fc.assert(
      fc.property(shapes, fc.constantFrom(...ACTIVATION_IDS), ({ n, k, w, b, x }, act) => {
        const { z, y } = layerForward(w, b, x, n, k, act);
        naiveMatVec(w, x, n, k).forEach((v, i) => {
          expect(z[i]).toBeCloseTo(v + b[i]!, 9);
          expect(y[i]).toBeCloseTo(ACTIVATIONS[act].f(z[i]!), 12);
        });
      }),
    );
  });

  it('defaults to the identity: a row of W is one neuron', () => {
    const { y } = layerForward([1, 2, 3, 0, 0, 1], [0.5, -1], [1, 1, 1], 2, 3);
    expect(Array.from(y)).toEqual([6.5, 0]);
  });

  it('backward gradients match finite differences for L = c·y', () => {
    const smooth: ActivationId[] = ['identity', 'sigmoid', 'tanh', 'relu'];
    fc.assert(
      fc.property(shapes, fc.constantFrom(...smooth), ({ n, k, w, b, x, c }, act) => {
        const loss = (ww: number[], bb: number[], xx: number[]): number => dot(c, layerForward(ww, bb, xx, n, k, act).y);
        const { z } = layerForward(w, b, x, n, k, act);
        // ReLU's kink has no derivative; skip draws that sit on it.
        fc.pre(act !== 'relu' || z.every((v) => Math.abs(v) > 1e-3));
        const g = layerBackward(w, x, z, c, n, k, act);
        const h = 1e-6;
        const fd = (arr: number[], i: number, f: (a: number[]) => number): number => {
          const plus = arr.slice();
          const minus = arr.slice();
          plus[i]! += h;
          minus[i]! -= h;
          return (f(plus) - f(minus)) / (2 * h);
        };
        w.forEach((_, i) =>
          expect(g.dW[i]).toBeCloseTo(
            fd(w, i, (ww) => loss(ww, b, x)),
            4,
          ),
        );
        b.forEach((_, i) =>
          expect(g.db[i]).toBeCloseTo(
            fd(b, i, (bb) => loss(w, bb, x)),
            4,
          ),
        );
        x.forEach((_, i) =>
          expect(g.dx[i]).toBeCloseTo(
            fd(x, i, (xx) => loss(w, b, xx)),
            4,
          ),
        );
      }),
      { numRuns: 60 },
    );
  });
});
