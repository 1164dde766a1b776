/**
 * circuit in Chromium: "Show a dog" sets off spikes (as many as the core's
 * event-driven run makes), the feed-forward side stops after its last layer,
 * the speed slider moves by keyboard and pointer, reduced motion steps
 * instead of playing, a hostile URL shows the notice; no console problem.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, sharedBrowser, open, readout, waitLive } from './harness';
import { simulateSpikingNetwork } from '../../src/core';
import { CONNECTIONS, NODES } from '../../src/diagrams/circuit/network';
import { stimulus } from '../../src/diagrams/circuit/model';
import { parseReadout } from '../../src/chart/format';

const ID = 'circuit';
const browser = await sharedBrowser();

const coreSpikes = (seed: number, untilMs: number) =>
  simulateSpikingNetwork({ size: NODES.length, connections: CONNECTIONS }, stimulus(seed), 100).spikes.filter((s) => s.timeMs <= untilMs);

describe('circuit', () => {
  it('fires a cascade after “Show a dog”, and the feed-forward net stops after its last layer', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?speed=2&seed=3`);
    await waitLive(page);
    await page.getByRole('button', { name: 'Show a dog' }).click();
    await expect.poll(async () => parseReadout(await readout(page, ID, 'spikes')), { timeout: 5000 }).toBeGreaterThan(0);
    await expect.poll(() => readout(page, ID, 'time'), { timeout: 8000 }).toBe('100.0 ms, of 100 ms');
    expect(await readout(page, ID, 'spikes')).toMatch(new RegExp(`^${coreSpikes(3, 100).length} spikes, `));
    expect(await readout(page, ID, 'ffsteps')).toBe('3 of 3 layers, done at 30 ms, then idle');
    expect(await page.getByRole('button', { name: 'Play' }).getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator(`[data-diagram="${ID}"] .circuit-quiet`).textContent()).toMatch(/^silent after \d+\.\d ms$/);
    expect(problems).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows a moment of the run from the URL, as the core computed it', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?at=25&seed=7`, { reducedMotion: 'reduce' });
    await waitLive(page);
    expect(await readout(page, ID, 'time')).toBe('25.0 ms, of 100 ms');
    expect(await readout(page, ID, 'spikes')).toMatch(new RegExp(`^${coreSpikes(7, 25).length} spikes`));
    expect(await readout(page, ID, 'ffsteps')).toMatch(/^2 of 3 layers/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('moves the speed slider by keyboard and pointer while it plays', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/`);
    await waitLive(page);
    const speed = page.locator(`[data-diagram="${ID}"] input[type=range]`).first();
    await speed.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => speed.inputValue()).toBe('1.1');
    await expect.poll(() => page.url()).toContain('speed=1.1');
    const box = (await speed.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => speed.inputValue()).toBe('0.1');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('does not play by itself for reduced motion; Step advances spike by spike', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/`, { reducedMotion: 'reduce' });
    await waitLive(page);
    expect(await page.getByRole('button', { name: 'Play' }).count()).toBe(0);
    await page.waitForTimeout(600);
    expect(await readout(page, ID, 'time')).toBe('0.0 ms, of 100 ms');
    const first = coreSpikes(1, 100)[0]!;
    await page.getByRole('button', { name: 'Step' }).click();
    await expect.poll(async () => parseReadout(await readout(page, ID, 'time'))).toBeCloseTo(first.timeMs, 1);
    expect(await readout(page, ID, 'spikes')).toMatch(/^1 spike, /);
    await page.getByRole('button', { name: 'Step' }).click();
    await expect.poll(async () => parseReadout(await readout(page, ID, 'time'))).toBeGreaterThan(first.timeMs);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a notice for a hostile URL and still works', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?speed=<svg/onload=alert(1)>&seed=-5&at=1e9`);
    await waitLive(page);
    await expect.poll(() => page.locator('.diagram-notice').textContent()).toMatch(/speed/);
    expect(await page.locator(`[data-diagram="${ID}"] svg[onload]`).count()).toBe(0);
    expect(await readout(page, ID, 'ffsteps')).toMatch(/^3 of 3 layers/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
