/**
 * `npm run bench:digits`: softmax regression (784 → 10) trained on the digits
 * asset, built in memory by the same code as `npm run build`, from the
 * figure's default seed, learning rate and batch size. Prints the asset's
 * size, its class balance, training speed and held-out accuracy per epoch,
 * then trains again from the same seed and checks the accuracies are equal.
 */
import { gzipSync } from 'node:zlib';
import { buildDigits, DIGITS_ASSET_PATH } from '../../scripts/digits.mjs';
import {
  DIGITS_TRAINING_DEFAULTS,
  createRng,
  createSoftmaxModel,
  createSoftmaxWorkspace,
  digitsAsLabelledSet,
  parseDigits,
  softmaxAccuracy,
  softmaxTrainEpoch,
} from '../../src/core';

const { learningRate, batchSize, epochs, seed } = DIGITS_TRAINING_DEFAULTS;
const { bytes, trainClasses, testClasses } = buildDigits();
const digits = parseDigits(bytes);
const train = digitsAsLabelledSet(digits, digits.train);
const test = digitsAsLabelledSet(digits, digits.test);
const kB = (n: number): string => `${(n / 1024).toFixed(0)} KB`;

const gzipBytes = gzipSync(bytes, { level: 9 }).length;
console.log(`dist/${DIGITS_ASSET_PATH}: ${bytes.length} bytes raw (${kB(bytes.length)}), ${gzipBytes} gzip (${kB(gzipBytes)})`);
console.log(`${digits.train.count} training digits (per class 0–9: ${trainClasses.join(' ')}), ${digits.test.count} held out (${testClasses.join(' ')})`);
console.log(`training ${digits.width * digits.height} → 10 from seed ${seed}, learning rate ${learningRate}, batch ${batchSize}, ${epochs} epochs\n`);

/** A fresh model from a seed, with the generator that goes on to shuffle its epochs. */
function start(runSeed: number) {
  const rng = createRng(runSeed);
  return { rng, model: createSoftmaxModel(10, digits.width * digits.height, rng), workspace: createSoftmaxWorkspace(10, batchSize) };
}

/** One training run: per epoch, the mean loss, the held-out accuracy and the training speed. */
function run(runSeed: number, print: boolean): number[] {
  const { rng, model, workspace } = start(runSeed);
  const order = new Uint32Array(digits.train.count);
  const accuracies: number[] = [];
  if (print) console.log('epoch   loss   held-out accuracy   training examples/s');
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const began = performance.now();
    const { loss } = softmaxTrainEpoch(model, train, rng, { learningRate, batchSize, workspace, order });
    const seconds = (performance.now() - began) / 1000;
    const accuracy = softmaxAccuracy(model, test);
    accuracies.push(accuracy);
    if (print) {
      const percent = `${(100 * accuracy).toFixed(1)} % of ${digits.test.count}`;
      console.log(`${String(epoch).padStart(5)}  ${loss.toFixed(3)}   ${percent.padEnd(18)}  ${Math.round(digits.train.count / seconds).toLocaleString('en')}`);
    }
  }
  return accuracies;
}

// A warm-up run, so the printed speed is V8's optimised code, then the measured one.
run(seed, false);
const first = run(seed, true);
const again = run(seed, false);
const same = first.every((accuracy, i) => accuracy === again[i]);
console.log(`\nsame seed again: ${again.map((a) => (100 * a).toFixed(1)).join(', ')} % — ${same ? 'identical' : 'DIFFERENT'}`);
const others = [2, 3, 4].map((s) => `seed ${s}: ${(100 * run(s, false)[epochs - 1]).toFixed(1)} %`);
console.log(`after ${epochs} epochs, other seeds: ${others.join(', ')}`);

// Sustained speed: epochs on a scratch model for at least two seconds (one epoch is too short to time on a busy machine).
{
  const { rng, model, workspace } = start(seed);
  let examples = 0;
  const began = performance.now();
  while (performance.now() - began < 2000) {
    softmaxTrainEpoch(model, train, rng, { learningRate, batchSize, workspace });
    examples += digits.train.count;
  }
  const seconds = (performance.now() - began) / 1000;
  console.log(
    `sustained: ${Math.round(examples / seconds).toLocaleString('en')} training examples/s (${examples.toLocaleString('en')} in ${seconds.toFixed(1)} s), one epoch ≈ ${((1000 * seconds * digits.train.count) / examples).toFixed(0)} ms`,
  );
}
if (!same) process.exitCode = 1;

// The figure's own speed: the same training in its Web Worker, in Chromium, on the built embed page
// (skipped when dist/ is not built). The worker reports units (SGD steps of batchSize digits) per second of training time.
{
  const { existsSync } = await import('node:fs');
  if (!existsSync('dist/embed/receptive-fields/index.html')) console.log('\n(the worker: run `npm run build` first to measure it in Chromium)');
  else {
    const { chromium } = await import('playwright-core');
    // @ts-expect-error: plain ESM scripts without types
    const { serve } = await import('../../scripts/serve.mjs');
    // @ts-expect-error: plain ESM scripts without types
    const { CHROMIUM_ARGS, requireChromium } = await import('../../scripts/chromium.mjs');
    const { server, url } = await serve('dist', 0);
    const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    await page.goto(`${url}/embed/receptive-fields/?epochs=20`);
    await page.waitForSelector('[data-island][data-live="true"]');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => document.querySelector('[data-readout=epoch]')?.textContent?.startsWith('20'), null, { timeout: 60_000 });
    const root = page.locator('.rf');
    console.log(
      `\nin the figure's Web Worker (Chromium, 20 epochs): ${Number(await root.getAttribute('data-rate')).toLocaleString('en')} training examples/s (${await root.getAttribute('data-engine')}); held-out ${await page.locator('[data-readout=accuracy]').textContent()}`,
    );
    await browser.close();
    server.close();
  }
}
