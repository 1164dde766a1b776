/**
 * linear-layer in Chromium: state from the URL checked against the core;
 * input sliders by keyboard and pointer; weight cells by keyboard and drag;
 * rows light their neuron; the 8 × 8 layer fits a 320 px phone; copy as code;
 * a hostile URL shows the notice; no console problem, no axe violation.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, sharedBrowser, open, readout, waitLive } from './harness';
import { layerForward } from '../../src/core';
import { fmt } from '../../src/chart/format';

const ID = 'linear-layer';
const ROOT = `[data-diagram="${ID}"]`;
const W = [0.8, -0.5, 0.3, -0.2, 0.9, 0.6];
const B = [0.1, -0.3];
const browser = await sharedBrowser();

describe('linear-layer', () => {
  it('shows z and y from the URL as the core computes them, with no axe violation in either theme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context, problems } = await open(browser, `/embed/${ID}/?x=2,-1,0.5&act=sigmoid`, { colorScheme });
      await waitLive(page);
      const expected = layerForward(W, B, [2, -1, 0.5], 2, 3, 'sigmoid');
      for (let i = 0; i < 2; i++) {
        expect(await readout(page, ID, `z${i}`)).toBe(fmt(expected.z[i]!, 2));
        expect(await readout(page, ID, `y${i}`)).toBe(fmt(expected.y[i]!, 2));
      }
      expect(await page.locator(`${ROOT} [data-dot]`).textContent()).toContain('z₁ = (0.8)(2.0) + (−0.5)(−1.0) + (0.3)(0.5) + 0.1 = 2.35');
      expect(await axeViolations(page), colorScheme).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('moves an input by keyboard and by pointer', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/`);
    await waitLive(page);
    const x1 = page.locator(`${ROOT} input[type=range]`).first();
    await x1.focus();
    await page.keyboard.press('ArrowRight');
    // x₁ 1.0 → 1.1 adds 0.8 × 0.1 to z₁.
    await expect.poll(() => readout(page, ID, 'z0')).toBe('0.43');
    await expect.poll(() => page.url()).toContain('x=1.1,0.5,-1');
    const box = (await x1.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 2, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    // x₁ at −5: z₁ = −4 − 0.25 − 0.3 + 0.1.
    await expect.poll(() => readout(page, ID, 'z0')).toBe('−4.45');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('changes a weight with the keys and by a vertical drag, and lights the row being worked on', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/`);
    await waitLive(page);
    const cell = page.locator(`${ROOT} [data-cell="1-0"]`);
    expect(await cell.getAttribute('aria-label')).toBe('Weight from input 1 to neuron 2');
    await cell.focus();
    // Focusing neuron 2's weight lights neuron 2: its dot product is written out.
    await expect.poll(() => page.locator(`${ROOT} [data-dot]`).textContent()).toMatch(/^z₂ = \(−0\.2\)\(1\.0\)/);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => cell.getAttribute('aria-valuenow')).toBe('-0.1');
    expect(await readout(page, ID, 'z1')).toBe('−0.55');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('End');
    await expect.poll(() => cell.getAttribute('aria-valuenow')).toBe('5');
    await page.keyboard.press('Home');
    await expect.poll(() => readout(page, ID, 'z1')).toBe('−5.45');

    const first = page.locator(`${ROOT} [data-cell="0-0"]`);
    const box = (await first.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 30, { steps: 5 });
    await page.mouse.up();
    // 30 px up is +0.5: w₁₁ 0.8 → 1.3, z₁ 0.35 → 0.85.
    await expect.poll(() => readout(page, ID, 'z0')).toBe('0.85');
    expect(await first.textContent()).toBe('1.3');

    await page.locator(`${ROOT} [data-neuron="1"] circle`).hover({ force: true });
    await expect.poll(() => page.locator(`${ROOT} [data-dot]`).textContent()).toMatch(/^z₂/);
    await page.getByRole('button', { name: 'Neuron 2', exact: true }).click();
    await expect.poll(() => page.url()).toContain('row=1');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('fits the 8 × 8 layer on a 320 px phone without page-level sideways scroll', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?n=8&k=8`, { width: 320, height: 800, hasTouch: true });
    await waitLive(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const net = (await page.locator(`${ROOT} svg`).first().boundingBox())!;
    expect(net.width).toBeLessThanOrEqual(320);
    expect(await page.locator(`${ROOT} [role=slider]`).count()).toBe(64);
    expect(await readout(page, ID, 'y7')).toMatch(/^−?\d+\.\d\d$/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('copies the layer as NumPy and PyTorch, and shows the code without the clipboard', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?act=relu`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await waitLive(page);
    await page.getByRole('button', { name: 'Copy as PyTorch' }).click();
    await expect.poll(() => page.locator(`${ROOT} [role=status]`).last().textContent()).toBe('Copied PyTorch code.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('layer = torch.nn.Linear(3, 2)');
    expect(copied).toContain('y = torch.relu(z)');
    await page.locator(`${ROOT} summary`).click();
    await expect.poll(() => page.locator(`${ROOT} pre`).first().textContent()).toContain('z = W @ x + b');
    // Open, the code follows the layer.
    await page.locator(`${ROOT} input[type=range]`).first().focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator(`${ROOT} pre`).first().textContent()).toContain('x = np.array([1.1, 0.5, -1.0])');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('adds and removes inputs and neurons, keeping the weights in place', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/`);
    await waitLive(page);
    await page.getByRole('button', { name: 'More neurons' }).click();
    await expect.poll(() => page.locator(`${ROOT} output[data-readout]`).count()).toBe(6);
    await page.getByRole('button', { name: 'Fewer inputs' }).click();
    // k = 2: z₁ = 0.8 × 1 − 0.5 × 0.5 + 0.1.
    await expect.poll(() => readout(page, ID, 'z0')).toBe('0.65');
    await expect.poll(() => page.url()).toContain('k=2');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a notice for a hostile URL and still works', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?k=abc&w=1,2&row=9&act=%3Cimg%3E`);
    await waitLive(page);
    await expect.poll(() => page.locator('.diagram-notice').textContent()).toMatch(/“w” should have n·k = 6 numbers/);
    expect(await page.locator(`${ROOT} img`).count()).toBe(0);
    expect(await readout(page, ID, 'y1')).toMatch(/^−?\d+\.\d\d$/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
