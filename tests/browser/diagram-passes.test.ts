/**
 * passes in Chromium: each step's readouts are the core's numbers (the
 * gradient readout is mlpGradients' ∂L/∂w₁₁), Previous/Next walk the steps,
 * the learning-rate slider moves by keyboard and pointer, a hostile URL
 * shows the notice; no console problem, no axe violation.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, sharedBrowser, open, readout, waitLive } from './harness';
import { createMlp, createRng, lossValue, mlpForward, mlpGradients, mlpPredict, mlpTrainStep } from '../../src/core';
import { fmt } from '../../src/chart/format';

const ID = 'passes';
const SAMPLE = { x: [1, 0.5], target: [1] };
const netOf = (seed: number) => createMlp([2, 3, 1], createRng(seed), { hidden: 'tanh', output: 'sigmoid' });
const lossOf = (seed: number) => lossValue(mlpForward(netOf(seed), SAMPLE.x).y[1]!, SAMPLE.target, 'mse');
const lossAfter = (seed: number, rate: number) => lossValue(mlpPredict(mlpTrainStep(netOf(seed), [SAMPLE], rate, 'mse').net, SAMPLE.x), SAMPLE.target, 'mse');

const browser = await sharedBrowser();

describe('passes', () => {
  it('shows the core’s gradient on the backward pass and the loss after the update', async () => {
    for (const seed of [1, 42]) {
      const { page, context, problems } = await open(browser, `/embed/${ID}/?step=5&seed=${seed}`);
      await waitLive(page);
      const grad = mlpGradients(netOf(seed), SAMPLE, 'mse').layers[0]!.dW[0]!;
      expect(await readout(page, ID, 'grad')).toMatch(new RegExp(`^${fmt(grad, 3)}, gradient of the first-layer weight`));
      expect(await readout(page, ID, 'loss')).toMatch(new RegExp(`^${fmt(lossOf(seed), 3)}, `));
      await page.getByRole('button', { name: 'Next step' }).click();
      await expect.poll(() => readout(page, ID, 'step')).toBe('6 of 6, update: every weight takes a small step downhill');
      expect(await readout(page, ID, 'loss')).toMatch(new RegExp(`^${fmt(lossAfter(seed, 1), 3)}, after the update`));
      expect(await page.getByRole('button', { name: 'Next step' }).isDisabled()).toBe(true);
      expect(problems).toEqual([]);
      if (seed === 1) expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('walks the steps with Previous and Next, forward then backward', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/`);
    await waitLive(page);
    expect(await readout(page, ID, 'step')).toBe('0 of 6, the input');
    expect(await readout(page, ID, 'grad')).toMatch(/^not computed yet/);
    expect(await page.getByRole('button', { name: 'Previous step' }).isDisabled()).toBe(true);
    const next = page.getByRole('button', { name: 'Next step' });
    await next.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
    await expect.poll(() => readout(page, ID, 'step')).toBe('3 of 6, backward pass: error at the output');
    await expect.poll(() => page.url()).toContain('step=3');
    await page.getByRole('button', { name: 'Previous step' }).click();
    await expect.poll(() => readout(page, ID, 'step')).toMatch(/^2 of 6, forward pass: output and loss/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('moves the learning rate by keyboard and by pointer', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?step=6&rate=1`);
    await waitLive(page);
    const slider = page.locator(`[data-diagram="${ID}"] input[type=range]`).first();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => readout(page, ID, 'loss')).toMatch(new RegExp(`^${fmt(lossAfter(1, 1.05), 3)}, `));
    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => readout(page, ID, 'loss')).toMatch(new RegExp(`^${fmt(lossAfter(1, 0.05), 3)}, `));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a notice for a hostile URL and still works', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?step=99&rate=abc&side=%3Cimg%20src%3Dx%3E`);
    await waitLive(page);
    await expect.poll(() => page.locator('.diagram-notice').textContent()).toMatch(/step/);
    expect(await page.locator(`[data-diagram="${ID}"] img`).count()).toBe(0);
    expect(await readout(page, ID, 'step')).toMatch(/^6 of 6/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
