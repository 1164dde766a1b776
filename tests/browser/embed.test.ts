/**
 * The embed pages, the gallery at /embed/, the essay's copy tools, and the
 * Content-Security-Policy of every built page.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, baseUrl, htmlFiles, sharedBrowser, open, waitLive } from './harness';
import { alternateQuery, canonical, def, diagramIds } from './embed-helpers';
import { paramRows } from '../../src/embed/paramRows';

const browser = await sharedBrowser();

/** Make one change a reader could make: a slider step, else a button not yet pressed, else a radio not yet checked. */
async function readerChange(page: Page): Promise<void> {
  const root = page.locator('[data-diagram]').first();
  const slider = root.locator('input[type="range"]').first();
  if (await slider.count()) {
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    return;
  }
  const button = root.locator('button[aria-pressed="false"]').first();
  if (await button.count()) {
    await button.click();
    return;
  }
  await root.locator('input[type="radio"]:not(:checked)').first().check();
}

describe('every built page', () => {
  it('sends a CSP with no inline script, no eval and no other origin, and has no inline script', () => {
    const files = htmlFiles('dist');
    expect(files).toContain(join('dist', 'embed', 'index.html'));
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(csp, file).toMatch(/(^|; )script-src 'self'(;|$)/);
      expect(csp, file).toMatch(/(^|; )default-src 'self'(;|$)/);
      expect(csp, file).not.toMatch(/unsafe-eval|https?:|\*/);
      expect(
        html.match(/<script\b[^>]*>/g)!.every((tag) => /\bsrc="\/[^/]/.test(tag)),
        file,
      ).toBe(true);
      expect(html, file).not.toMatch(/\son[a-z]+="/);
    }
  });
});

describe('an embed page', () => {
  it("keeps its URL in step with the reader's changes, so a copied link keeps the state", async () => {
    const id = diagramIds[0];
    const { page, context, problems } = await open(browser, `/embed/${id}/`);
    await waitLive(page);
    expect(await page.evaluate(() => window.location.search)).toBe('');
    await readerChange(page);
    await expect.poll(() => page.evaluate(() => window.location.search)).not.toBe('');
    const url = page.url();
    const readouts = () => page.locator('output[data-readout]').allTextContents();
    const changed = await readouts();
    await page.goto(url);
    await waitLive(page);
    expect(await readouts()).toEqual(changed);
    expect(page.url()).toBe(url);
    expect(problems).toEqual([]);
    await context.close();
  });

  // Every embed page in both themes, one at a phone's width and one at a desktop's (the essay's test runs all
  // four views over the same figures): a host page holds them as same-origin iframes and axe reaches into each
  // frame, so one run covers thirteen pages.
  for (const [width, colorScheme] of [
    [375, 'dark'],
    [1280, 'light'],
  ] as const) {
    it(`has no axe-core violations on any embed page at ${width} px, ${colorScheme}`, async () => {
      const { page, context, problems } = await open(browser, '/embed/?host', { width, colorScheme });
      const frames = diagramIds
        .map((id) => `<iframe src="/embed/${id}/" title="${id}" width="${width}" height="700" style="display:block;border:0"></iframe>`)
        .join('');
      await page.setContent(
        `<!doctype html><html lang="en"><head><title>Every embed page</title></head><body><main><h1>Every embed page</h1>${frames}</main></body></html>`,
      );
      for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
        await frame.waitForSelector('[data-island][data-live="true"]', { timeout: 30_000 });
      }
      expect(page.frames().length).toBe(diagramIds.length + 1);
      expect(await axeViolations(page), `${width} ${colorScheme}`).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('the gallery at /embed/', () => {
  it('keeps each parameter table a table, with row and column headers, where a phone stacks its rows', async () => {
    const { page, context } = await open(browser, '/embed/', { width: 375 });
    const table = page.locator('.param-table').first();
    expect(
      await table
        .locator('tbody tr')
        .first()
        .evaluate((row) => getComputedStyle(row).display),
    ).toBe('block');
    const tree = await table.ariaSnapshot();
    for (const role of ['table', 'row', 'columnheader', 'rowheader', 'cell']) expect(tree, tree).toMatch(new RegExp(`^\\s*- '?${role}\\b`, 'm'));
    await context.close();
  });

  it('lists every diagram with a live preview, its parameter table and both snippets', async () => {
    const { page, context, problems } = await open(browser, '/embed/');
    for (const id of diagramIds) {
      const section = page.locator(`section#${id}`);
      expect(await section.locator('[data-preview-slot]').getAttribute('data-preview-slot')).toBe(`/embed/${id}/`);
      expect(await section.locator('.param-table tbody tr').count()).toBe(paramRows((await def(id)).schema).length);
      expect(await section.locator('[data-snippet="iframe"]').inputValue()).toContain(`${baseUrl()}/embed/${id}/`);
      expect(await section.locator('[data-snippet="element"]').inputValue()).toContain(`name="${id}"`);
    }
    // The first preview is made, lazy, as it nears the screen; it wakes and is sized to its content.
    await page.locator('[data-preview-slot]').first().scrollIntoViewIfNeeded();
    const preview = page.locator('iframe[data-preview]').first();
    expect(await preview.getAttribute('loading')).toBe('lazy');
    const frame = (await preview.elementHandle())!;
    const inner = (await frame.contentFrame())!;
    await inner.waitForSelector('[data-island][data-live="true"]');
    await expect
      .poll(async () => {
        const height = await inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        return (await preview.evaluate((el) => el.getBoundingClientRect().height)) - height;
      })
      .toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("builds snippets from a query, checked live by the diagram's schema, and copies them", async () => {
    const id = diagramIds[0];
    const d = await def(id);
    const { page, context, problems } = await open(browser, '/embed/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const section = page.locator(`section#${id}`);
    const input = section.locator('[data-builder-query]');
    const notices = section.locator('[data-builder-notices]');
    const iframeCode = section.locator('[data-snippet="iframe"]');

    await input.fill('zz=<img src=x onerror=alert(1)>');
    await expect.poll(() => notices.textContent()).toContain('Ignored unknown setting');
    expect(await iframeCode.inputValue()).toContain(`/embed/${id}/"`);
    expect(await section.locator('img').count()).toBe(0);

    const query = alternateQuery(d);
    await input.fill(query);
    const expected = canonical(d, query).replace(/&/g, '&amp;');
    await expect.poll(() => iframeCode.inputValue()).toContain(`/embed/${id}/?${expected}"`);
    expect(await notices.textContent()).toBe('');
    expect(await section.locator('[data-snippet="element"]').inputValue()).toContain(`params="${expected}"`);
    await expect.poll(() => section.locator('iframe[data-preview]').getAttribute('src')).toBe(`/embed/${id}/?${canonical(d, query)}`);

    await section.locator('[data-copy-snippet="iframe"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => section.locator('[data-copy-status]').textContent()).toMatch(/^Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await iframeCode.inputValue());
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const [width, colorScheme] of [
    [375, 'light'],
    [1280, 'dark'],
  ] as const) {
    it(`has no axe-core violations at ${width} px, ${colorScheme}`, async () => {
      const { page, context } = await open(browser, '/embed/', { width, colorScheme });
      // The previews are embed pages, checked on their own above; inside a dozen live frames axe takes half a minute.
      await page.evaluate(() => document.querySelectorAll<HTMLIFrameElement>('iframe[data-preview]').forEach((frame) => (frame.src = 'about:blank')));
      expect(await axeViolations(page, ['iframe[data-preview]']), `${width} ${colorScheme}`).toEqual([]);
      await context.close();
    });
  }

  it('shows the default snippets with JavaScript off, without the tools that need it', async () => {
    const { page, context } = await open(browser, '/embed/', { javaScriptEnabled: false });
    expect(await page.locator('[data-snippet="iframe"]').first().inputValue()).toContain('/embed/');
    expect(await page.locator('[data-builder-query]').first().isVisible()).toBe(false);
    expect(await page.locator('[data-copy-snippet]').first().isVisible()).toBe(false);
    await context.close();
  });
});

describe("the essay's figure tools", () => {
  it('copy the embed code and the link for the figure, from the keyboard, and say so', async () => {
    const { page, context, problems } = await open(browser, '/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const figure = page.locator('figure[data-figure]:has([data-figure-tools])').first();
    const id = (await figure.getAttribute('data-figure'))!;
    const island = figure.locator('[data-island]');
    await waitLive(page, `figure#${await figure.getAttribute('id')} [data-island]`);
    const query = (await island.getAttribute('data-params')) ?? '';
    const tools = figure.locator('[data-figure-tools]');
    expect(await tools.isVisible()).toBe(true);
    const status = tools.locator('[data-copy-status]');
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await tools.getByRole('button', { name: 'Copy link' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toBe('Copied the link.');
    expect(await clipboard()).toBe(`${baseUrl()}/embed/${id}/${canonical(await def(id), query) ? `?${canonical(await def(id), query)}` : ''}`);

    await tools.getByRole('button', { name: 'Copy embed code' }).press('Enter');
    await expect.poll(clipboard).toMatch(new RegExp(`^<iframe src="${baseUrl()}/embed/${id}/[^"]*" title="[^"]+" style="width:100%;border:0"`));
    expect(await clipboard()).toContain(`<script src="${baseUrl()}/embed.js" async></script>`);

    await tools.getByRole('button', { name: 'Copy web component' }).press('Space');
    await expect.poll(clipboard).toContain(`<two-neurons-diagram name="${id}"`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('fall back to a selected read-only textarea without the Clipboard API', async () => {
    const context = await browser.newContext();
    // No Clipboard API, and the old copy command refuses too: the reader copies the selection.
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
      Document.prototype.execCommand = () => false;
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/`);
    const tools = page.locator('[data-figure-tools]').first();
    await tools.getByRole('button', { name: 'Copy link' }).click();
    const area = tools.locator('textarea');
    await expect.poll(() => area.isVisible()).toBe(true);
    expect(await area.getAttribute('readonly')).not.toBeNull();
    expect(await area.inputValue()).toMatch(new RegExp(`^${baseUrl()}/embed/`));
    expect(await area.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe((await area.inputValue()).length);
    expect(await area.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await tools.locator('[data-copy-status]').textContent()).toMatch(/selected: press Ctrl\+C/);
    await context.close();
  });

  it('are not there with JavaScript off', async () => {
    const { page, context } = await open(browser, '/', { javaScriptEnabled: false });
    const tools = page.locator('[data-figure-tools]');
    expect(await tools.count()).toBeGreaterThan(0);
    for (const tool of await tools.all()) expect(await tool.isVisible()).toBe(false);
    await context.close();
  });
});
