/**
 * scale in Chromium: the calculator reads its state from the URL and computes
 * with the core; its log sliders move by keyboard and pointer; chart points
 * are reachable by keyboard and name their source; a hostile URL shows the
 * notice; no console problem, no axe violation.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, sharedBrowser, open, readout, waitLive } from './harness';
import { NETWORKS, synapseEstimate } from '../../src/core';

const ID = 'scale';
const browser = await sharedBrowser();

/** "6.0 × 10¹⁴ synapses" → 6.0e14. */
function sciValue(text: string): number {
  const m = /^([\d.]+) × 10([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/.exec(text);
  if (!m) return NaN;
  const exponent = Number([...m[2]!].map((c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)).join(''));
  return Number(m[1]) * 10 ** exponent;
}
const largest = Math.max(...NETWORKS.map((n) => n.parameters!.value));

describe('scale', () => {
  it('computes the human total and its ratio to the largest network with the core', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?neurons=8.6e10&synapses=7000`);
    await waitLive(page);
    const expected = synapseEstimate(8.6e10, 7000);
    const total = await readout(page, ID, 'total');
    expect(total).toMatch(/^6\.0 × 10¹⁴ synapses, within the range/);
    expect(sciValue(total) / expected).toBeCloseTo(1, 1);
    const ratio = await readout(page, ID, 'ratio');
    expect(Number.parseFloat(ratio)).toBe(Number((expected / largest).toPrecision(2)));
    expect(ratio).toContain('DeepSeek-V3');
    expect(problems).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('moves the log sliders by keyboard and by pointer', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?neurons=1e10&synapses=1000`);
    await waitLive(page);
    expect(await readout(page, ID, 'total')).toMatch(/^1\.0 × 10¹³ synapses/);
    const neurons = page.locator(`[data-diagram="${ID}"] input[type=range]`).first();
    await neurons.focus();
    await page.keyboard.press('ArrowRight');
    // One step is 0.02 of a decade: 10^10.02 ≈ 1.05 × 10¹⁰ neurons.
    await expect.poll(() => page.url()).toContain('neurons=10500000000');
    expect(sciValue(await readout(page, ID, 'total'))).toBeCloseTo(1.1e13, -12);
    await page.keyboard.press('End');
    await expect.poll(() => readout(page, ID, 'total')).toMatch(/^1\.0 × 10¹⁵ synapses/);

    const synapses = page.locator(`[data-diagram="${ID}"] input[type=range]`).nth(1);
    const box = (await synapses.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 3, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => readout(page, ID, 'total')).toMatch(/^1\.0 × 10¹² synapses/);
    expect(await page.locator(`[data-diagram="${ID}"] .explain`).textContent()).toMatch(/sparser than any nervous system/);

    await page.getByRole('button', { name: 'fruit fly' }).click();
    await expect.poll(() => readout(page, ID, 'total')).toMatch(/^5\.0 × 10⁷ synapses/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lets the keyboard walk the points, each naming its figure and source', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/`);
    await waitLive(page);
    const first = page.locator(`[data-diagram="${ID}"] .scale-point[tabindex="0"]`);
    expect(await first.count()).toBe(1);
    await first.focus();
    await expect.poll(() => readout(page, ID, 'point')).toMatch(/^C\. elegans \(hermaphrodite\): 302 neurons\. Source: White et al\. 1986/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => readout(page, ID, 'point')).toMatch(/7,300 synapses.*Cook et al\. 2019/);
    await page.keyboard.press('End');
    await expect.poll(() => readout(page, ID, 'point')).toMatch(/^DeepSeek-V3: 671 billion parameters.*arXiv:2412\.19437.*2024/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('point=deepseek-v3');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a notice for a hostile URL and still works', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?neurons=<script>&synapses=1e99&show=%3Cimg%3E`);
    await waitLive(page);
    await expect.poll(() => page.locator('.diagram-notice').textContent()).toMatch(/neurons/);
    expect(await page.locator(`[data-diagram="${ID}"] img, [data-diagram="${ID}"] script`).count()).toBe(0);
    expect(await readout(page, ID, 'total')).toMatch(/^8\.6 × 10¹⁵ synapses/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
