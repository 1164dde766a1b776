/**
 * action-potential in Chromium: a pulse from the URL gives the core's
 * spikes and peak; the amplitude slider by keyboard crosses threshold; the
 * pair's gap by pointer finds the refractory period; a hostile URL shows the
 * notice; no axe violation on a dark phone. (Every embed page's axe at both
 * widths and the hostile set also run in embed.test.ts and embed-hostile.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, sharedBrowser, open, readout, waitLive } from './harness';
import { hhSpikeTimesMs, simulateHodgkinHuxley, type HhStimulus } from '../../src/core';
import { fmtSigned } from '../../src/chart/format';

const ID = 'action-potential';
const browser = await sharedBrowser();

function core(stimulus: HhStimulus) {
  const trace = simulateHodgkinHuxley({ durationMs: 40, stimulus, recordEvery: 2 });
  return { spikes: hhSpikeTimesMs(trace, 0).length, peak: Math.max(...trace.vMilliVolts) };
}

describe('action-potential', () => {
  it('shows the spikes and the peak the core computes for the URL’s pulse', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?stim=pulse&amp=12&dur=0.5`);
    await waitLive(page);
    const expected = core({ kind: 'pulse', startMs: 5, durationMs: 0.5, amplitudeMicroAmpsPerCm2: 12 });
    expect(await readout(page, ID, 'spikes')).toBe(String(expected.spikes));
    expect(await readout(page, ID, 'peak')).toMatch(new RegExp(`^${fmtSigned(expected.peak, 1)} mV`));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('crosses threshold as the amplitude rises by keyboard, and finds the refractory period by pointer', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?stim=pulse&amp=6.5&dur=1`);
    await waitLive(page);
    expect(await readout(page, ID, 'spikes')).toBe('0');
    await page.getByLabel('Amplitude').focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => readout(page, ID, 'spikes')).toBe('1');
    await expect.poll(() => page.url()).toContain('amp=7.1');

    // Well above threshold, so the second pulse fails only for refractoriness.
    await page.keyboard.press('PageUp');
    await expect.poll(() => page.url()).toContain('amp=11.1');
    await page.getByRole('radio', { name: 'Two pulses' }).check();
    const gap = page.getByLabel('Gap between pulses');
    const box = (await gap.boundingBox())!;
    await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
    await expect.poll(() => readout(page, ID, 'spikes')).toBe('2');
    await page.mouse.click(box.x + 2, box.y + box.height / 2);
    await expect.poll(() => readout(page, ID, 'spikes')).toBe('1');
    await expect.poll(() => page.locator(`[data-diagram="${ID}"] .explain`).textContent()).toMatch(/refractory period/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a notice for a hostile URL, still works, and has no axe violations on a dark phone', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?amp=%3Cimg%20src%3Dx%3E&gap=1e99&stim=__proto__`, {
      width: 375,
      colorScheme: 'dark',
    });
    await waitLive(page);
    await expect.poll(() => page.locator('.diagram-notice').textContent()).toMatch(/amp/);
    expect(await page.locator(`[data-diagram="${ID}"] img`).count()).toBe(0);
    expect(await readout(page, ID, 'spikes')).toBe('1');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
