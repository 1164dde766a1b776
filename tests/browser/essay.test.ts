import { describe, expect, it } from 'vitest';
import { axeViolations, sharedBrowser, open, waitLive } from './harness';

const browser = await sharedBrowser();

describe('the essay', () => {
  it('loads with no console error and wakes a figure as it nears the viewport', async () => {
    const { page, context, problems } = await open(browser, '/');
    expect(await page.locator('h1').textContent()).toContain('Two Neurons');
    const islands = page.locator('[data-island]');
    expect(await islands.count()).toBeGreaterThan(0);
    // Nothing wakes before it is near: the last figure is far below the first screen.
    expect(await islands.last().getAttribute('data-live')).toBeNull();
    await waitLive(page, '[data-island="anatomy"]');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('sets the scene of each scrolly figure as the reader scrolls to each step', async () => {
    const { page, context, problems } = await open(browser, '/', { width: 1280, height: 900 });
    const scrollies = page.locator('[data-scrolly]');
    expect(await scrollies.count()).toBeGreaterThanOrEqual(3);
    for (const scrolly of await scrollies.all()) {
      const island = scrolly.locator('[data-island]');
      for (const step of await scrolly.locator('.step').all()) {
        const scene = await step.getAttribute('data-scene');
        await step.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await expect.poll(() => island.getAttribute('data-scene'), { timeout: 10_000 }).toBe(scene);
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('on a phone keeps the drawing on screen while each step passes over it, and lands in the right scene after a fast scroll', async () => {
    const { page, context, problems } = await open(browser, '/', { width: 360, height: 740, hasTouch: true });
    for (const scrolly of await page.locator('[data-scrolly]').all()) {
      const island = scrolly.locator('[data-island]');
      const steps = await scrolly.locator('.step').all();
      // A fast scroll: straight from above the figure to its last step.
      await scrolly.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 800));
      const last = steps[steps.length - 1];
      await last.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect.poll(() => island.getAttribute('data-scene'), { timeout: 10_000 }).toBe(await last.getAttribute('data-scene'));
      for (const step of steps) {
        const scene = await step.getAttribute('data-scene');
        await step.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await expect.poll(() => island.getAttribute('data-scene'), { timeout: 10_000 }).toBe(scene);
        // The drawing's top is on screen, under the step that changed it.
        const top = await island
          .locator('svg')
          .first()
          .evaluate((svg) => svg.getBoundingClientRect().top);
        expect(top).toBeGreaterThanOrEqual(-1);
        expect(top).toBeLessThan(740 / 2);
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows a citation's reference in a card on focus and hides it on Escape", async () => {
    const { page, context } = await open(browser, '/');
    const link = page.locator('a[data-cite]').first();
    const key = await link.getAttribute('data-cite');
    await link.focus();
    const card = page.locator('#cite-card');
    await expect.poll(() => card.isVisible()).toBe(true);
    const entry = (await page.locator(`#ref-${key}`).textContent()) ?? '';
    expect(entry.length).toBeGreaterThan(20);
    expect(await card.textContent()).toBe(entry);
    expect(await link.getAttribute('aria-describedby')).toBe('cite-card');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    await context.close();
  });

  it('reads completely with JavaScript off: text, typeset math, figures', async () => {
    const { page, context } = await open(browser, '/', { javaScriptEnabled: false });
    const sections = page.locator('main section.section');
    expect(await sections.count()).toBeGreaterThanOrEqual(10);
    for (const section of await sections.all()) expect(((await section.textContent()) ?? '').length).toBeGreaterThan(400);
    expect(await page.locator('.katex').count()).toBeGreaterThan(3);
    expect(await page.locator('[data-diagram] svg').count()).toBeGreaterThan(0);
    await context.close();
  });

  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no axe-core violations at ${width} px, ${colorScheme}`, async () => {
        const { page, context } = await open(browser, '/', { width, colorScheme });
        // Dark shows the same DOM as light at this width (checked in full there): only the colour rules can differ.
        expect(await axeViolations(page, [], { colourOnly: colorScheme === 'dark' }), `${width}px ${colorScheme}`).toEqual([]);
        await context.close();
      });
    }
  }
});
