/**
 * contrast in Chromium: the adapting neuron answers the same test less after
 * a large stimulus than after a small one, exactly as the core computes,
 * while the feed-forward output is the same; the choice, sliders and the
 * Ebbinghaus controls work by keyboard and pointer; hostile URLs are safe.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, sharedBrowser, open, readout, waitLive } from './harness';
import { adaptedTestRateHz, layerForward } from '../../src/core';
import { fmt, parseReadout } from '../../src/chart/format';

const ID = 'contrast';
const browser = await sharedBrowser();

const rate = (first: number, test: number, gapMs = 0) => adaptedTestRateHz({ conditioningNanoAmps: first, testNanoAmps: test, gapMs });
const ff = (x: number) => layerForward([1], [-1.5], [x], 1, 1, 'relu').y[0]!;

describe('contrast', () => {
  it('answers the test less after large than after small, while the feed-forward output is equal', async () => {
    const results: Record<string, { test: number; ff: string }> = {};
    for (const [before, first] of [
      ['large', 4],
      ['small', 2],
      ['none', 0],
    ] as const) {
      const { page, context, problems } = await open(browser, `/embed/${ID}/?before=${before}&test=2.5`);
      await waitLive(page);
      await expect.poll(() => readout(page, ID, 'testRate')).toMatch(new RegExp(`^${fmt(rate(first, 2.5), 1)} Hz`));
      expect(parseReadout(await readout(page, ID, 'testRateAfterLarge'))).toBe(rate(4, 2.5));
      expect(parseReadout(await readout(page, ID, 'testRateAfterSmall'))).toBe(rate(2, 2.5));
      results[before] = { test: parseReadout(await readout(page, ID, 'testRate')), ff: await readout(page, ID, 'ffOutput') };
      expect(problems).toEqual([]);
      await context.close();
    }
    expect(results.large!.test).toBeLessThan(results.small!.test);
    expect(results.large!.ff).toBe(results.small!.ff);
    expect(results.none!.ff).toBe(results.small!.ff);
    expect(parseReadout(results.large!.ff)).toBe(ff(2.5));
  });

  it('moves the choice, the pause and the test by keyboard and pointer', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/`);
    await waitLive(page);
    await page.locator(`[data-diagram="${ID}"] input[type=radio][value=large]`).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => readout(page, ID, 'testRate')).toMatch(/after the small stimulus/);
    await expect.poll(() => page.url()).toContain('before=small');

    const gap = page.getByLabel('Pause before the test');
    await gap.focus();
    await page.keyboard.press('End');
    await expect.poll(() => readout(page, ID, 'testRateAfterLarge')).toBe(`${fmt(rate(4, 2.5, 400), 1)} Hz`);

    const test = page.getByLabel('Test stimulus');
    const box = (await test.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => readout(page, ID, 'ffOutput')).toMatch(new RegExp(`^${fmt(ff(4), 2)},`));
    expect(await readout(page, ID, 'testRate')).toMatch(new RegExp(`^${fmt(rate(2, 4, 400), 1)} Hz`));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lets the reader resize the Ebbinghaus circles, and says the centres are equal', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?centre=40`);
    await waitLive(page);
    expect(await readout(page, ID, 'centre')).toBe('40 px, both, exactly the same size');
    const centre = page.getByRole('slider', { name: 'Centre circles' });
    await centre.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => readout(page, ID, 'centre')).toBe('39 px, both, exactly the same size');
    const radii = await page.locator(`[data-diagram="${ID}"] circle`).evaluateAll((els) => els.filter((el) => el.getAttribute('r') === '19.5').length);
    expect(radii).toBe(2);
    await page.getByLabel('Show guide lines').check();
    await expect.poll(() => page.url()).toContain('guides=1');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a notice for a hostile URL, and has no axe violations on a dark phone', async () => {
    const hostile = await open(browser, `/embed/${ID}/?before=%3Cscript%3Ealert(1)%3C/script%3E&gap=-5&bigring=NaN`);
    await waitLive(hostile.page);
    await expect.poll(() => hostile.page.locator('.diagram-notice').textContent()).toMatch(/before/);
    expect(await readout(hostile.page, ID, 'testRate')).toMatch(new RegExp(`^${fmt(rate(4, 2.5), 1)} Hz`));
    expect(hostile.problems).toEqual([]);
    await hostile.context.close();

    const { page, context, problems } = await open(browser, `/embed/${ID}/?guides=1`, { width: 375, colorScheme: 'dark', reducedMotion: 'reduce' });
    await waitLive(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
