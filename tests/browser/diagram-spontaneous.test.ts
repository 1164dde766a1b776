/**
 * spontaneous in Chromium: the noisy neuron fires with zero input when noise
 * is on and is silent with none, at exactly the core's rate; the artificial
 * neuron returns φ(b); sliders work by keyboard and pointer; time runs, or
 * waits for "Step" under reduced motion; a hostile URL shows the notice.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, sharedBrowser, open, readout, waitLive } from './harness';
import { ACTIVATIONS, spontaneousRateHz } from '../../src/core';
import { fmt, parseReadout } from '../../src/chart/format';

const ID = 'spontaneous';
const browser = await sharedBrowser();

const timeLabel = (page: import('playwright-core').Page) =>
  page
    .locator(`[data-diagram="${ID}"] svg text`)
    .filter({ hasText: /^▼ spike · t = / })
    .textContent();

describe('spontaneous', () => {
  it('fires with zero input and noise on, at the core’s rate, and is silent with no noise', async () => {
    for (const [query, noise, seed] of [
      ['', 8, 1],
      ['noise=10.5&seed=42', 10.5, 42],
      ['noise=0', 0, 1],
    ] as const) {
      const { page, context, problems } = await open(browser, `/embed/${ID}/?${query}&playing=0`);
      await waitLive(page);
      const rate = spontaneousRateHz(noise, seed, 10_000);
      await expect.poll(() => readout(page, ID, 'rate'), { message: query }).toMatch(new RegExp(`^${fmt(rate, 1)} Hz, with no input`));
      const text = await readout(page, ID, 'rate');
      if (noise > 0) expect(parseReadout(text), query).toBeGreaterThan(0);
      else expect(text).toBe('0.0 Hz, with no input and no noise: it rests at −70 mV for ever');
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('gives the artificial neuron’s φ(b) for every activation', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?bias=-1&act=relu&playing=0`);
    await waitLive(page);
    expect(await readout(page, ID, 'y')).toBe('0.00, with input 0, the same at every moment');
    for (const act of ['sigmoid', 'tanh', 'identity', 'step'] as const) {
      await page.locator(`[data-diagram="${ID}"] input[type=radio][value=${act}]`).check();
      await expect.poll(() => readout(page, ID, 'y')).toMatch(new RegExp(`^${fmt(ACTIVATIONS[act].f(-1), 2)},`));
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('moves the noise by keyboard and the bias by pointer', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?playing=0`);
    await waitLive(page);
    const noise = page.getByLabel('Membrane noise σ');
    await noise.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => readout(page, ID, 'rate')).toMatch(new RegExp(`^${fmt(spontaneousRateHz(8.2, 1), 1)} Hz`));
    await expect.poll(() => page.url()).toContain('noise=8.2');

    const before = await readout(page, ID, 'y');
    const bias = page.getByLabel('Bias b');
    const box = (await bias.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => readout(page, ID, 'y')).toBe(`${fmt(ACTIVATIONS.sigmoid.f(3), 2)}, with input 0, the same at every moment`);
    expect(before).not.toBe(await readout(page, ID, 'y'));

    await page.getByRole('button', { name: /Another run/ }).click();
    await expect.poll(() => readout(page, ID, 'rate')).toMatch(new RegExp(`^${fmt(spontaneousRateHz(8.2, 2), 1)} Hz`));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('runs time when playing, and under reduced motion waits for Step', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/`);
    await waitLive(page);
    await expect.poll(() => timeLabel(page), { timeout: 5000 }).not.toBe('▼ spike · t = 1.0 s');
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => page.url()).toContain('playing=0');
    expect(problems).toEqual([]);
    await context.close();

    const reduced = await open(browser, `/embed/${ID}/`, { reducedMotion: 'reduce', width: 375, colorScheme: 'dark' });
    await waitLive(reduced.page);
    await reduced.page.waitForTimeout(400);
    expect(await timeLabel(reduced.page)).toBe('▼ spike · t = 1.0 s');
    await reduced.page.getByRole('button', { name: 'Step 250 ms' }).click();
    await expect.poll(() => timeLabel(reduced.page)).toMatch(/t = 1\.[23] s$/);
    expect(await axeViolations(reduced.page)).toEqual([]);
    expect(reduced.problems).toEqual([]);
    await reduced.context.close();
  });

  it('shows a notice for a hostile URL and still works', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?noise=%3Cscript%3E&seed=1e309&act=javascript:alert(1)&playing=0`);
    await waitLive(page);
    await expect.poll(() => page.locator('.diagram-notice').textContent()).toMatch(/noise/);
    expect(await page.locator(`[data-diagram="${ID}"] script`).count()).toBe(0);
    expect(await readout(page, ID, 'rate')).toMatch(new RegExp(`^${fmt(spontaneousRateHz(8, 1), 1)} Hz`));
    expect(problems).toEqual([]);
    await context.close();
  });
});
