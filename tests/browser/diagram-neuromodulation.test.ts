/**
 * neuromodulation in Chromium: for a fixed input the model neuron's rate
 * follows the level exactly as the core computes it, while the artificial
 * neuron's y does not move; sliders work by keyboard and pointer; a hostile
 * URL shows the notice; no axe violation on a dark phone.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, sharedBrowser, open, readout, waitLive } from './harness';
import { DEFAULT_LIF_PARAMS, layerForward, lifRateHz, neuromodulatedLifParams } from '../../src/core';
import { fmt, parseReadout } from '../../src/chart/format';

const ID = 'neuromodulation';
const browser = await sharedBrowser();

const rateAt = (level: number, current: number) => lifRateHz(neuromodulatedLifParams(level), current);
const yAt = (x: number, act: 'relu' | 'sigmoid' = 'relu') => layerForward([1], [-1.5], [x], 1, 1, act).y[0]!;

describe('neuromodulation', () => {
  it('changes the rate for a fixed input as the level moves, while y stays the same', async () => {
    const seen: { rate: string; y: string }[] = [];
    for (const level of [0, 0.5, 1]) {
      const { page, context, problems } = await open(browser, `/embed/${ID}/?level=${level}&current=2`);
      await waitLive(page);
      await expect.poll(() => readout(page, ID, 'rate')).toMatch(new RegExp(`^${fmt(rateAt(level, 2), 1)} Hz, at 2\\.00 nA`));
      expect(await readout(page, ID, 'baseRate')).toMatch(new RegExp(`^${fmt(lifRateHz(DEFAULT_LIF_PARAMS, 2), 1)} Hz`));
      expect(await readout(page, ID, 'y')).toBe(`${fmt(yAt(2), 2)}, for x = 2.00, at every level`);
      seen.push({ rate: await readout(page, ID, 'rate'), y: await readout(page, ID, 'y') });
      expect(problems).toEqual([]);
      await context.close();
    }
    expect(new Set(seen.map((s) => s.y)).size).toBe(1);
    expect(new Set(seen.map((s) => parseReadout(s.rate))).size).toBe(3);
  });

  it('moves the level by keyboard and by pointer: the rate follows, y does not', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?level=0&current=2&act=sigmoid`);
    await waitLive(page);
    const y0 = await readout(page, ID, 'y');
    expect(y0).toMatch(new RegExp(`^${fmt(yAt(2, 'sigmoid'), 2)},`));
    const level = page.getByLabel('Neuromodulator level (e.g. noradrenaline)');
    await level.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => readout(page, ID, 'rate')).toMatch(new RegExp(`^${fmt(rateAt(0.05, 2), 1)} Hz`));
    expect(await readout(page, ID, 'y')).toBe(y0);

    const box = (await level.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => readout(page, ID, 'rate')).toMatch(new RegExp(`^${fmt(rateAt(1, 2), 1)} Hz`));
    expect(await readout(page, ID, 'y')).toBe(y0);
    await expect.poll(() => page.url()).toContain('level=1');

    // The input moves both.
    const input = page.getByLabel('Input, the same for both (I in nA, x)');
    await input.focus();
    await page.keyboard.press('End');
    await expect.poll(() => readout(page, ID, 'y')).toMatch(new RegExp(`^${fmt(yAt(4, 'sigmoid'), 2)}, for x = 4\\.00`));
    expect(await readout(page, ID, 'rate')).toMatch(new RegExp(`^${fmt(rateAt(1, 4), 1)} Hz`));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a notice for a hostile URL and still works', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?level=%3Cimg%20src%3Dx%3E&current=1e9&act=__proto__`);
    await waitLive(page);
    await expect.poll(() => page.locator('.diagram-notice').textContent()).toMatch(/level/);
    expect(await page.locator(`[data-diagram="${ID}"] img`).count()).toBe(0);
    expect(await readout(page, ID, 'rate')).toMatch(new RegExp(`^${fmt(rateAt(0.6, 4), 1)} Hz`));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('has no axe violations on a dark phone', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?level=1&current=1.2`, { width: 375, colorScheme: 'dark' });
    await waitLive(page);
    await expect.poll(() => readout(page, ID, 'rate')).toMatch(/silent at level 0, firing now/);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
