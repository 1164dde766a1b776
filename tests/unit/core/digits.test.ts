import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DIGITS_HEADER_BYTES,
  DigitsFormatError,
  classCounts,
  digitImage,
  digitsAsLabelledSet,
  encodeDigits,
  isGzip,
  parseDigits,
  tryParseDigits,
  type Digits,
} from '../../../src/core';

// Three 3×2 "digits" to train on and two held out.
const small: Digits = {
  width: 3,
  height: 2,
  train: { images: Uint8Array.from([0, 255, 0, 1, 2, 3, 9, 8, 7, 6, 5, 4, 0, 0, 0, 0, 0, 128]), labels: Uint8Array.from([7, 0, 9]), count: 3 },
  test: { images: Uint8Array.from([10, 20, 30, 40, 50, 60, 0, 0, 0, 0, 0, 0]), labels: Uint8Array.from([1, 1]), count: 2 },
  note: 'test digits, CC0',
};

const expectError = (bytes: Uint8Array | ArrayBuffer, message: RegExp): void => {
  expect(() => parseDigits(bytes)).toThrow(DigitsFormatError);
  expect(() => parseDigits(bytes)).toThrow(message);
  const result = tryParseDigits(bytes);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toMatch(message);
};

describe('the digits asset format', () => {
  it('round-trips: what is encoded is what is parsed, from a Uint8Array or an ArrayBuffer', () => {
    const bytes = encodeDigits(small);
    expect(bytes.length).toBe(DIGITS_HEADER_BYTES + small.note.length + 5 * 7);
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('TNDG');
    for (const input of [bytes, bytes.slice().buffer]) {
      const digits = parseDigits(input);
      expect(digits.width).toBe(3);
      expect(digits.height).toBe(2);
      expect(digits.note).toBe(small.note);
      for (const name of ['train', 'test'] as const) {
        expect(digits[name].count).toBe(small[name].count);
        expect(Array.from(digits[name].images)).toEqual(Array.from(small[name].images));
        expect(Array.from(digits[name].labels)).toEqual(Array.from(small[name].labels));
      }
    }
    const result = tryParseDigits(bytes);
    expect(result.ok && result.digits.train.count).toBe(3);
  });

  it('rejects a truncated buffer, trailing bytes, a foreign or gzip file and a damaged byte, saying why', () => {
    const bytes = encodeDigits(small);
    expectError(bytes.subarray(0, bytes.length - 1), /truncated/);
    expectError(bytes.subarray(0, 10), /shorter than the 22-byte header/);
    expectError(new Uint8Array([...bytes, 0]), /trailing bytes/);
    expectError(new TextEncoder().encode('<!doctype html><html>not found</html>'), /magic/);
    const gzip = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
    expect(isGzip(gzip)).toBe(true);
    expect(isGzip(bytes)).toBe(false);
    expectError(gzip, /gzip/);
    const damaged = bytes.slice();
    damaged[damaged.length - 10] ^= 0x40;
    expectError(damaged, /checksum/);
    const future = bytes.slice();
    future[4] = 2;
    expectError(future, /version 2/);
    const flat = bytes.slice();
    flat[6] = 0;
    expectError(flat, /image size is 0×2/);
  });

  it('rejects a label that is not a digit even when the checksum matches', () => {
    const bytes = encodeDigits(small);
    // The last test label becomes 10, and the checksum is recomputed, so only the label check can catch it.
    const bad = bytes.slice();
    bad[bad.length - 1] = 10;
    new DataView(bad.buffer).setUint32(16, fnv1a(bad.subarray(20)), true);
    expectError(bad, /label is not a digit/);
  });

  it('never throws anything but a DigitsFormatError on any bytes, and tryParseDigits never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (random, withMagic) => {
        const bytes = withMagic ? new Uint8Array([0x54, 0x4e, 0x44, 0x47, 1, 0, ...random]) : random;
        try {
          parseDigits(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(DigitsFormatError);
        }
        expect(() => tryParseDigits(bytes)).not.toThrow();
      }),
    );
  });

  it('refuses to encode inconsistent data', () => {
    expect(() => encodeDigits({ ...small, width: 0 })).toThrow(RangeError);
    expect(() => encodeDigits({ ...small, width: 256 })).toThrow(RangeError);
    expect(() => encodeDigits({ ...small, note: 'é' })).toThrow(/ASCII/);
    expect(() => encodeDigits({ ...small, train: { ...small.train, count: 4 } })).toThrow(/train: 4 digits/);
    expect(() => encodeDigits({ ...small, test: { ...small.test, labels: Uint8Array.from([1, 12]) } })).toThrow(/not a digit/);
  });

  it('gives each digit as a view, counts classes, and turns a subset into training examples', () => {
    const digits = parseDigits(encodeDigits(small));
    expect(Array.from(digitImage(digits, digits.train, 1))).toEqual([9, 8, 7, 6, 5, 4]);
    expect(classCounts(digits.test)).toEqual([0, 2, 0, 0, 0, 0, 0, 0, 0, 0]);
    const set = digitsAsLabelledSet(digits, digits.train);
    expect(set.inputs.length).toBe(3);
    expect(set.inputScale).toBeCloseTo(1 / 255, 15);
    expect(set.support?.map((s) => Array.from(s))).toEqual([[1, 3, 4, 5], [0, 1, 2, 3, 4, 5], [5]]);
  });
});

// FNV-1a 32, as the format defines it.
function fnv1a(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193);
  return hash >>> 0;
}
