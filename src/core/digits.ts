/**
 * The handwritten-digit asset (dist/data/digits.bin.gz, gzip of the format
 * below, written at build time by scripts/digits.mjs): a training and a held-out subset of MNIST digits as
 * uint8 pixels and uint8 labels. Encoder and parser live here so the build
 * and the browser read one definition of the format.
 *
 * Format, version 1, little-endian:
 *
 * | offset | size | field |
 * |---|---|---|
 * | 0 | 4 | magic `TNDG` |
 * | 4 | 2 | version (1) |
 * | 6 | 1 | width (28) |
 * | 7 | 1 | height (28) |
 * | 8 | 4 | training count |
 * | 12 | 4 | held-out count |
 * | 16 | 4 | FNV-1a 32 checksum of bytes 20… (note length, note, pixels, labels) |
 * | 20 | 2 | note length L (bytes) |
 * | 22 | L | note: ASCII source and licence |
 * | 22 + L | … | training pixels (count·width·height, row-major, 0 = background, 255 = ink), training labels (count), then the same for the held-out subset |
 */
import { nonzeroIndices, type LabelledSet } from './softmaxRegression';

/** The first four bytes of the asset. */
export const DIGITS_MAGIC = 'TNDG';
/** The format version this code reads and writes. */
export const DIGITS_VERSION = 1;
/** Bytes before the note. */
export const DIGITS_HEADER_BYTES = 22;
/** Labels are the digits 0…9. */
export const DIGIT_CLASSES = 10;
/** Pixels are 0…255; multiply by this for inputs in [0, 1]. */
export const PIXEL_SCALE = 1 / 255;

/**
 * How the receptive-fields figure trains a 784 → 10 softmax regression on the
 * asset by default: with these, 5 epochs over the 1,500 training digits reach
 * about 89 % on the 1,000 held-out digits (`npm run bench:digits`).
 */
export const DIGITS_TRAINING_DEFAULTS = { learningRate: 0.1, batchSize: 10, epochs: 5, seed: 1 } as const;

/** One subset: `count` images of width·height uint8 pixels each, one after another, and their labels. */
export interface DigitSubset {
  images: Uint8Array;
  labels: Uint8Array;
  count: number;
}

/** The parsed asset. */
export interface Digits {
  width: number;
  height: number;
  train: DigitSubset;
  test: DigitSubset;
  /** Where the digits come from and their licence, as stored in the asset. */
  note: string;
}

/** Why a buffer is not a digits asset. */
export class DigitsFormatError extends Error {
  override name = 'DigitsFormatError';
}

/** The result of `tryParseDigits`: never throws, for code that runs in a page. */
export type DigitsParseResult = { ok: true; digits: Digits } | { ok: false; error: string };

/** Writes the asset. Throws a RangeError on inconsistent input (a build-time mistake). */
export function encodeDigits(digits: Digits): Uint8Array {
  const { width, height, train, test, note } = digits;
  const pixels = width * height;
  if (!isByte(width) || !isByte(height) || pixels === 0) throw new RangeError(`width and height must be 1…255, got ${width}×${height}`);
  if (!/^[\x20-\x7e\n]*$/.test(note) || note.length > 0xffff) throw new RangeError('the note must be printable ASCII of at most 65,535 characters');
  for (const [name, subset] of [
    ['train', train],
    ['test', test],
  ] as const) {
    if (subset.images.length !== subset.count * pixels || subset.labels.length !== subset.count) {
      throw new RangeError(`${name}: ${subset.count} digits need ${subset.count * pixels} pixels and ${subset.count} labels`);
    }
    if (subset.labels.some((label) => label >= DIGIT_CLASSES)) throw new RangeError(`${name}: a label is not a digit 0…9`);
  }
  const start = DIGITS_HEADER_BYTES + note.length;
  const bytes = new Uint8Array(start + (train.count + test.count) * (pixels + 1));
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = DIGITS_MAGIC.charCodeAt(i);
  view.setUint16(4, DIGITS_VERSION, true);
  bytes[6] = width;
  bytes[7] = height;
  view.setUint32(8, train.count, true);
  view.setUint32(12, test.count, true);
  view.setUint16(20, note.length, true);
  for (let i = 0; i < note.length; i++) bytes[DIGITS_HEADER_BYTES + i] = note.charCodeAt(i);
  let offset = start;
  for (const subset of [train, test]) {
    bytes.set(subset.images, offset);
    offset += subset.images.length;
    bytes.set(subset.labels, offset);
    offset += subset.labels.length;
  }
  view.setUint32(16, fnv1a(bytes, 20), true);
  return bytes;
}

/**
 * Reads the asset. The subsets are views into `buffer` (no copy). Throws a
 * `DigitsFormatError` saying what is wrong with a truncated, garbled or
 * foreign buffer; `tryParseDigits` returns the message instead.
 */
export function parseDigits(buffer: ArrayBuffer | Uint8Array): Digits {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const fail = (why: string): never => {
    throw new DigitsFormatError(`not a digits asset: ${why}`);
  };
  if (isGzip(bytes)) fail('the bytes are gzip-compressed; decompress them first');
  if (bytes.length < DIGITS_HEADER_BYTES) fail(`${bytes.length} bytes is shorter than the ${DIGITS_HEADER_BYTES}-byte header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== DIGITS_MAGIC) fail(`the magic is not ${DIGITS_MAGIC}`);
  const version = view.getUint16(4, true);
  if (version !== DIGITS_VERSION) fail(`version ${version}, this code reads version ${DIGITS_VERSION}`);
  const width = bytes[6];
  const height = bytes[7];
  if (width === 0 || height === 0) fail(`the image size is ${width}×${height}`);
  const trainCount = view.getUint32(8, true);
  const testCount = view.getUint32(12, true);
  const noteLength = view.getUint16(20, true);
  const pixels = width * height;
  const expected = DIGITS_HEADER_BYTES + noteLength + (trainCount + testCount) * (pixels + 1);
  if (bytes.length !== expected) {
    fail(
      `${bytes.length} bytes, but the header announces ${expected} (${trainCount} + ${testCount} digits of ${width}×${height}): ${bytes.length < expected ? 'truncated' : 'trailing bytes'}`,
    );
  }
  if (fnv1a(bytes, 20) !== view.getUint32(16, true)) fail('the checksum does not match: the bytes are damaged');
  const note = String.fromCharCode(...bytes.subarray(DIGITS_HEADER_BYTES, DIGITS_HEADER_BYTES + noteLength));
  let offset = DIGITS_HEADER_BYTES + noteLength;
  const subset = (count: number): DigitSubset => {
    const images = bytes.subarray(offset, offset + count * pixels);
    offset += count * pixels;
    const labels = bytes.subarray(offset, offset + count);
    offset += count;
    if (labels.some((label) => label >= DIGIT_CLASSES)) fail('a label is not a digit 0…9');
    return { images, labels, count };
  };
  const train = subset(trainCount);
  return { width, height, train, test: subset(testCount), note };
}

/**
 * Whether bytes start with the gzip magic 1f 8b. The asset is served as
 * digits.bin.gz: a server that sends it with `Content-Encoding: gzip` hands the
 * page the decompressed bytes, one that does not hands it these; a loader
 * decompresses (DecompressionStream('gzip')) only when this is true.
 */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** `parseDigits` that never throws: for a page, where a bad download becomes a message. */
export function tryParseDigits(buffer: ArrayBuffer | Uint8Array): DigitsParseResult {
  try {
    return { ok: true, digits: parseDigits(buffer) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** One digit's pixels (a view, no copy). */
export function digitImage(digits: Pick<Digits, 'width' | 'height'>, subset: DigitSubset, index: number): Uint8Array {
  const pixels = digits.width * digits.height;
  return subset.images.subarray(index * pixels, (index + 1) * pixels);
}

/** A subset as examples for the softmax regression: one view per digit, pixels scaled to [0, 1], each digit's inked pixels as its support. */
export function digitsAsLabelledSet(digits: Pick<Digits, 'width' | 'height'>, subset: DigitSubset): LabelledSet {
  const inputs = Array.from({ length: subset.count }, (_, index) => digitImage(digits, subset, index));
  return { inputs, labels: subset.labels, inputScale: PIXEL_SCALE, support: inputs.map(nonzeroIndices) };
}

/** How many digits of each class 0…9 a subset holds. */
export function classCounts(subset: DigitSubset): number[] {
  const counts = new Array<number>(DIGIT_CLASSES).fill(0);
  for (let i = 0; i < subset.count; i++) counts[subset.labels[i]]++;
  return counts;
}

// FNV-1a, 32-bit, over bytes[from…]: a cheap check that a download is intact.
function fnv1a(bytes: Uint8Array, from: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
  return hash >>> 0;
}

function isByte(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 255;
}
