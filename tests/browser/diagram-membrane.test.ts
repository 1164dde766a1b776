/**
 * membrane in Chromium: the rate readout against the core for a URL state;
 * the current slider by keyboard and pointer; pulses that sum to a spike
 * while paused; live animation, and none with reduced motion until the reader
 * steps; a hostile URL shows the notice; no console problem, no axe violation.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, sharedBrowser, open, readout, waitLive } from './harness';
import { DEFAULT_LIF_PARAMS, lifRateHz } from '../../src/core';
import { fmt, parseReadout } from '../../src/chart/format';

const ID = 'membrane';
const ROOT = `[data-diagram="${ID}"]`;
const browser = await sharedBrowser();

const rateOf = (current: number) => `${fmt(lifRateHz(DEFAULT_LIF_PARAMS, current), 1)} Hz`;
const traceTitle = (page: Page) => page.locator(`${ROOT} svg title`).first().textContent();

describe('membrane', () => {
  it('reads the analytic rate for the URL’s current, with no axe violation in either theme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context, problems } = await open(browser, `/embed/${ID}/?current=2.6`, { colorScheme });
      await waitLive(page);
      expect(await readout(page, ID, 'rate')).toBe(`${rateOf(2.6)}, analytic rate at 2.60 nA`);
      expect(await readout(page, ID, 'rheobase')).toBe('1.5 nA');
      expect(await axeViolations(page), colorScheme).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('says 0 Hz below rheobase, and moves the current by keyboard and by pointer', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?current=1.2&playing=0`);
    await waitLive(page);
    expect(await readout(page, ID, 'rate')).toBe('0 Hz, below rheobase (1.5 nA)');
    expect(await page.locator(`${ROOT} .explain`).textContent()).toContain('3.0 mV below threshold');
    const slider = page.locator(`${ROOT} input[type=range]`).first();
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => readout(page, ID, 'rate')).toBe(`${rateOf(5)}, analytic rate at 5.00 nA`);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => readout(page, ID, 'rate')).toBe(`${rateOf(4.95)}, analytic rate at 4.95 nA`);
    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 2, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => readout(page, ID, 'rate')).toBe('0 Hz, below rheobase (1.5 nA)');
    await expect.poll(() => page.url()).toContain('current=0');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('sums quick pulses to a spike while paused; one pulse alone fades', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?current=0&playing=0`);
    await waitLive(page);
    expect(await readout(page, ID, 'vm')).toBe('−70.0 mV, 15.0 mV below threshold');
    const pulse = page.getByRole('button', { name: 'Send a pulse' });
    await pulse.click();
    await expect.poll(async () => parseReadout(await readout(page, ID, 'vm'))).toBeGreaterThan(-66);
    await page.getByRole('button', { name: 'Step 20 ms' }).click();
    await page.getByRole('button', { name: 'Step 20 ms' }).click();
    expect(parseReadout(await readout(page, ID, 'vm'))).toBeLessThan(-68);
    expect(await traceTitle(page)).toContain('0 spikes in view');
    await pulse.click();
    await pulse.click();
    await pulse.click();
    await page.getByRole('button', { name: 'Step 20 ms' }).click();
    await expect.poll(() => traceTitle(page)).toContain('1 spike in view');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('runs live, and pauses', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?current=3&speed=real`);
    await waitLive(page);
    const first = await readout(page, ID, 'vm');
    await expect.poll(() => readout(page, ID, 'vm'), { timeout: 3000 }).not.toBe(first);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => page.url()).toContain('playing=0');
    const paused = await readout(page, ID, 'vm');
    await page.waitForTimeout(300);
    expect(await readout(page, ID, 'vm')).toBe(paused);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('does not auto-play with reduced motion; the reader steps instead', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?current=3`, { reducedMotion: 'reduce' });
    await waitLive(page);
    expect(await page.getByRole('button', { name: 'Play' }).count()).toBe(1);
    const still = await readout(page, ID, 'vm');
    const path = () => page.locator(`${ROOT} svg path[stroke-linejoin]`).first().getAttribute('d');
    const before = await path();
    await page.waitForTimeout(400);
    expect(await readout(page, ID, 'vm')).toBe(still);
    expect(await path()).toBe(before);
    await page.getByRole('button', { name: 'Step 20 ms' }).click();
    await expect.poll(path).not.toBe(before);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a notice for a hostile URL and still works', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?current=<script>&tau=1e9&speed=%3Cimg%3E`);
    await waitLive(page);
    await expect.poll(() => page.locator('.diagram-notice').textContent()).toMatch(/current/);
    expect(await page.locator(`${ROOT} img, ${ROOT} script`).count()).toBe(0);
    // τ clamped to 40 ms; the current falls back to its default, 1.8 nA.
    expect(await readout(page, ID, 'rate')).toBe(`${fmt(lifRateHz({ ...DEFAULT_LIF_PARAMS, tauMs: 40 }, 1.8), 1)} Hz, analytic rate at 1.80 nA`);
    expect(problems).toEqual([]);
    await context.close();
  });
});
