/**
 * anatomy in Chromium: a part from the URL is lit and named once the figure wakes; the keyboard
 * walks the part buttons (focus names a part, Enter/Space chooses it, the
 * URL follows, pressing again clears it); a pointer on the drawing names and
 * chooses the part under it; a hostile URL falls back to no part with a
 * notice; no axe violations on a dark phone.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, sharedBrowser, open, readout, waitLive } from './harness';
import { PART_INFO, partText } from '../../src/diagrams/anatomy/parts';

const ID = 'anatomy';
const ROOT = `[data-diagram="${ID}"]`;
const browser = await sharedBrowser();

describe('anatomy', () => {
  it('lights and names the URL’s part, and the keyboard chooses and clears parts', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?part=soma`);
    // The embed page is one static file: the URL's part applies as the figure wakes.
    await waitLive(page);
    await expect.poll(() => readout(page, ID, 'part')).toBe(partText('soma'));
    const soma = page.locator(ROOT).getByRole('button', { name: PART_INFO.soma.name });
    await expect.poll(() => soma.getAttribute('aria-pressed')).toBe('true');

    const axon = page.locator(ROOT).getByRole('button', { name: PART_INFO.axon.name, exact: true });
    await axon.focus();
    await expect.poll(() => readout(page, ID, 'part')).toBe(partText('axon'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('part=axon');
    expect(await axon.getAttribute('aria-pressed')).toBe('true');
    expect(await soma.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Tab');
    await expect.poll(() => readout(page, ID, 'part')).not.toBe(partText('axon'));
    await axon.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).not.toContain('part=');
    expect(await axon.getAttribute('aria-pressed')).toBe('false');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('names the part under the pointer on the drawing, and a click chooses it', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/`);
    await waitLive(page);
    expect(await readout(page, ID, 'part')).toBe(partText(null));
    const shape = page.locator(`${ROOT} svg [data-part="soma"]`).first();
    await shape.hover();
    await expect.poll(() => readout(page, ID, 'part')).toBe(partText('soma'));
    await shape.click();
    await expect.poll(() => page.url()).toContain('part=soma');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('falls back to no part with a notice for a hostile URL, and has no axe violations on a dark phone', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?part=%3Cscript%3E`, { width: 360, colorScheme: 'dark' });
    await waitLive(page);
    await expect.poll(() => page.locator('.diagram-notice').textContent()).toMatch(/part/);
    expect(await readout(page, ID, 'part')).toBe(partText(null));
    expect(await page.locator(`${ROOT} script`).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
