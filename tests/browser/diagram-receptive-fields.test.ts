/**
 * receptive-fields in Chromium: Play trains in a Web Worker on the real
 * digits to the default 5 epochs and ≥ 88 % held-out accuracy, the same
 * accuracy twice from one seed (and the same in Node); the main-thread
 * fallback trains when no Worker can start; the keyboard picks held-out
 * digits and the prediction is the largest z; a mouse drawing becomes the
 * input; a missing asset gives a sentence, not a white screen; a hostile URL
 * shows the notice; no axe violations on a dark phone.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, sharedBrowser, open, readout, waitLive } from './harness';
import { parseReadout } from '../../src/chart/format';
import { buildDigits } from '../../scripts/digits.mjs';
import { parseDigits } from '../../src/core';
import { createRun, runSnapshot, trainSteps } from '../../src/diagrams/receptive-fields/course';

const ID = 'receptive-fields';
const ROOT = `[data-diagram="${ID}"]`;
const browser = await sharedBrowser();

/** Held-out accuracy after 5 epochs from seed 1, in Node. */
function nodeAccuracy(): number {
  const run = createRun({ url: '', seed: 1, lr: 0.1, epochs: 5, pretrain: 0 }, parseDigits(buildDigits().bytes));
  trainSteps(run, 5 * run.stepsPerEpoch);
  return runSnapshot(run).accuracy;
}

async function trainToEnd(page: Page): Promise<number> {
  await waitLive(page);
  await page.locator(ROOT).getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => readout(page, ID, 'epoch'), { timeout: 30_000 }).toMatch(/^5\.0/);
  await expect.poll(() => page.locator(ROOT).getByRole('button', { name: 'Finished' }).isDisabled()).toBe(true);
  return parseReadout(await readout(page, ID, 'accuracy'));
}

describe('receptive-fields', () => {
  it('trains in a worker to ≥ 88 % held-out in 5 epochs, the same twice from one seed and as in Node', async () => {
    const expected = nodeAccuracy();
    const first = await open(browser, `/embed/${ID}/`);
    const accuracy = await trainToEnd(first.page);
    expect(await first.page.locator(`${ROOT} .rf`).getAttribute('data-engine')).toBe('worker');
    const rate = Number(await first.page.locator(`${ROOT} .rf`).getAttribute('data-rate'));
    console.log(`receptive-fields: ${accuracy * 100} % held-out after 5 epochs; training ${rate.toLocaleString('en')} examples/s in the worker`);
    expect(accuracy).toBeGreaterThanOrEqual(0.88);
    expect(accuracy).toBeCloseTo(expected, 3);
    expect(first.problems).toEqual([]);
    await first.context.close();

    const again = await open(browser, `/embed/${ID}/`);
    expect(await trainToEnd(again.page)).toBe(accuracy);
    await again.context.close();
  });

  it('trains on the main thread when no Worker can start', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?epochs=1`);
    await page.evaluate(() => Reflect.deleteProperty(window, 'Worker'));
    await waitLive(page);
    await page.locator(ROOT).getByRole('button', { name: 'One epoch' }).click();
    await expect.poll(() => readout(page, ID, 'epoch'), { timeout: 30_000 }).toMatch(/^1\.0/);
    expect(await page.locator(`${ROOT} .rf`).getAttribute('data-engine')).toBe('main');
    expect(parseReadout(await readout(page, ID, 'accuracy'))).toBeGreaterThan(0.8);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('picks held-out digits by keyboard (the prediction is the largest z) and reads a drawing made with the mouse', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?pretrain=5`);
    await waitLive(page);
    await expect.poll(() => readout(page, ID, 'epoch'), { timeout: 30_000 }).toMatch(/^5\.0/);
    const slider = page.locator(ROOT).getByLabel('Held-out digit', { exact: true });
    await slider.focus();
    let right = 0;
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.url()).toContain(`digit=${i + 1}`);
      await expect.poll(async () => (await page.locator(`${ROOT} .rf-pad`).getAttribute('aria-label')) ?? '').toMatch(/labelled \d/);
      const z = await Promise.all(Array.from({ length: 10 }, (_, k) => readout(page, ID, `z${k}`).then(parseReadout)));
      const predicted = parseReadout(await readout(page, ID, 'predicted'));
      expect(predicted).toBe(z.indexOf(Math.max(...z)));
      const label = Number((await page.locator(`${ROOT} .rf-pad`).getAttribute('aria-label'))!.match(/labelled (\d)/)![1]);
      if (label === predicted) right++;
    }
    expect(right).toBeGreaterThanOrEqual(4);

    // A vertical stroke down the middle of the pad reads as a 1.
    const pad = (await page.locator(`${ROOT} .rf-pad`).boundingBox())!;
    await page.mouse.move(pad.x + pad.width * 0.5, pad.y + pad.height * 0.15);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(pad.x + pad.width * 0.5, pad.y + pad.height * (0.15 + (0.7 * i) / 12));
    await page.mouse.up();
    await expect.poll(() => page.locator(`${ROOT} .rf-pad`).getAttribute('aria-label')).toBe('The input: your drawing');
    await expect.poll(() => readout(page, ID, 'predicted')).toMatch(/^1,/);
    await page.locator(ROOT).getByRole('button', { name: 'Clear drawing' }).click();
    await expect.poll(() => page.locator(`${ROOT} .rf-pad`).getAttribute('aria-label')).toMatch(/held-out digit/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says so when the digits cannot load, and a hostile URL gets a notice and no axe violations on a dark phone', async () => {
    const missing = await open(browser, `/embed/${ID}/`);
    await missing.page.route('**/data/digits.bin.gz', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await waitLive(missing.page);
    // The page's own copy fails as the figure comes on screen: it says why, and Play is off.
    await expect.poll(() => missing.page.locator(ROOT).getByRole('button', { name: 'Play' }).isDisabled(), { timeout: 20_000 }).toBe(true);
    await expect
      .poll(() => missing.page.locator(`${ROOT} .explain`).textContent(), { timeout: 20_000 })
      .toMatch(/cannot train here: the digits could not be loaded \(HTTP 404\)/);
    await missing.context.close();

    const { page, context, problems } = await open(browser, `/embed/${ID}/?lr=1e9&epochs=%3Cb%3E&digit=-1`, { width: 360, colorScheme: 'dark' });
    await waitLive(page);
    await expect.poll(() => page.locator('.diagram-notice').textContent()).toMatch(/lr/);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
