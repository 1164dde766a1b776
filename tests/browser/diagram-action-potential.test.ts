/**
 * action-potential in Chromium: a pulse from the URL gives the core's
 * spikes and peak; the amplitude slider by keyboard crosses threshold; the
 * pair's gap by pointer finds the refractory period; a hostile URL shows the
 * notice; no axe violation on a dark phone. (Every embed page's axe at both
 * widths and the hostile set also run in embed.test.ts and embed-hostile.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, sharedBrowser, open, readout, waitLive } from './harness';
import { hhSpikeTimesMs, nernstMilliVolts, simulateHodgkinHuxley, type HhStimulus } from '../../src/core';
import { fmtSigned } from '../../src/chart/format';
import { defaults } from '../../src/params/schema';
import { membraneOf } from '../../src/diagrams/action-potential/model';
import { actionPotentialSchema } from '../../src/diagrams/action-potential/schema';

const ID = 'action-potential';
const browser = await sharedBrowser();

function core(stimulus: HhStimulus) {
  const trace = simulateHodgkinHuxley({ ...membraneOf(defaults(actionPotentialSchema)), stimulus });
  return { spikes: hhSpikeTimesMs(trace, 0).length, peak: Math.max(...trace.vMilliVolts) };
}

describe('action-potential', () => {
  it('shows the spikes and the peak the core computes for the URL’s pulse', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?stim=pulse&amp=12&dur=0.5`);
    await waitLive(page);
    const expected = core({ kind: 'pulse', startMs: 5, durationMs: 0.5, amplitudeMicroAmpsPerCm2: 12 });
    await expect.poll(() => readout(page, ID, 'spikes')).toBe(String(expected.spikes));
    await expect.poll(() => readout(page, ID, 'vpeak')).toMatch(new RegExp(`^${fmtSigned(expected.peak, 1)} mV`));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('crosses threshold as the amplitude rises by keyboard, and finds the refractory period by pointer', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?stim=pulse&amp=6&dur=1`);
    await waitLive(page);
    await expect.poll(() => readout(page, ID, 'spikes')).toBe('0');
    await page.getByLabel('Amplitude').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => readout(page, ID, 'spikes')).toBe('1');
    await expect.poll(() => page.url()).toContain('amp=6.4');

    // Well above threshold, so the second pulse fails only for refractoriness.
    await page.keyboard.press('PageUp');
    await expect.poll(() => page.url()).toContain('amp=10.4');
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

  it('moves E(K⁺) by Nernst as outside K⁺ is raised by keyboard, then blocks the spike; TTX at its end stops firing', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/`);
    await waitLive(page);
    expect(await readout(page, ID, 'fires')).toBe('yes');
    await page.getByLabel('K⁺ outside').focus();
    // 5 mM + 30 steps of 0.5 mM = 20 mM.
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).toContain('ko=20');
    await expect.poll(() => readout(page, ID, 'ek')).toBe(`${fmtSigned(nernstMilliVolts(1, 20, 140, 6.3), 1)} mV`);
    await expect.poll(() => readout(page, ID, 'fires')).toBe('no');
    await expect.poll(() => page.locator(`[data-diagram="${ID}"] .explain`).textContent()).toMatch(/depolarisation block/);
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.url()).not.toContain('ko=');
    await expect.poll(() => readout(page, ID, 'fires')).toBe('yes');
    await page.getByLabel('TTX (Na⁺ channels blocked)').press('End');
    await expect.poll(() => readout(page, ID, 'fires')).toBe('no');
    await expect.poll(() => page.url()).toContain('ttx=1');
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
