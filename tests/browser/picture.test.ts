/**
 * Figures as pictures (issue 20): "Save as SVG" / "Save as PNG" under an
 * essay figure and in the gallery, and the web component's toSVG()/toPNG().
 * The SVG stands alone (no script, class, CSS variable or outside reference),
 * shows the figure's texts, its readouts, its state and its link; "light"
 * draws a dark page's figure in the light theme; the PNG is twice the size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Download, Page } from 'playwright-core';
import { baseUrl, open, sharedBrowser, waitLive } from './harness';
import { hostServer } from './embed-helpers';

const browser = await sharedBrowser();
let host: { server: Server; url: string };

beforeAll(async () => {
  const ours = baseUrl();
  host = await hostServer({
    '/': [
      'text/html; charset=utf-8',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>handout</title></head><body>
<script type="module" src="${ours}/lib/two-neurons.js"></script>
<two-neurons-diagram name="linear-layer" params="n=3&amp;k=2&amp;act=%3Cscript%3E&amp;b=9,9,9"></two-neurons-diagram></body></html>`,
    ],
  });
});
afterAll(() => new Promise<void>((done) => host.server.close(() => done())));

async function text(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** What a picture holds, read by the browser's own XML parser. */
function inspect(page: Page, svg: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const all = [...doc.querySelectorAll('*')];
    const attrs = all.flatMap((el) => [...el.attributes].map((a) => [a.name, a.value] as const));
    return {
      parsed: !doc.querySelector('parsererror') && doc.documentElement.localName === 'svg',
      width: Number(doc.documentElement.getAttribute('width')),
      scripts: doc.querySelectorAll('script, foreignObject, style, image, a, iframe').length,
      handlers: attrs.filter(([n]) => /^on/i.test(n)).length,
      classes: attrs.filter(([n]) => n === 'class' || n.startsWith('data-') || n.startsWith('aria-')).length,
      variables: attrs.filter(([, v]) => v.includes('var(')).length,
      outside: attrs.filter(([n, v]) => (/href$/.test(n) && !v.startsWith('#')) || /url\((?!#)/.test(v)).length,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      background: doc.querySelector('svg > rect')?.getAttribute('style') ?? '',
    };
  }, svg);
}

describe('saving a figure as a picture', () => {
  it('essay: SVG in the dark theme and in light, and a PNG at twice the size', async () => {
    const { page, context } = await open(browser, '/', { width: 1280, colorScheme: 'dark' });
    const figure = page.locator('figure[data-figure="linear-layer"]').first();
    await waitLive(page, '[data-island="linear-layer"]');
    const live = await figure.evaluate((f) => ({
      texts: [...f.querySelectorAll('[data-diagram] svg text')].filter((t) => t.getBoundingClientRect().width > 0).length,
      readout: f.querySelector('[data-diagram] output[data-readout]')?.textContent ?? '',
      title: f.querySelector('[data-figure-tools]')?.getAttribute('data-title') ?? '',
    }));
    const save = async (name: RegExp) => {
      const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name }).click()]);
      return { name: download.suggestedFilename(), body: await text(download) };
    };
    const dark = await save(/save as svg/i);
    expect(dark.name).toBe('two-neurons-linear-layer.svg');
    const d = await inspect(page, dark.body.toString('utf8'));
    expect(d).toMatchObject({ parsed: true, scripts: 0, handlers: 0, classes: 0, variables: 0, outside: 0 });
    expect(d.texts.length).toBeGreaterThanOrEqual(live.texts);
    expect(d.texts).toContain(live.title);
    expect(d.texts.join(' ')).toContain(live.readout);
    expect(d.texts.some((t) => t.startsWith('State:'))).toBe(true);
    expect(d.texts.some((t) => t.includes('/embed/linear-layer/'))).toBe(true);

    const lightBg = await (async () => {
      const light = await open(browser, '/embed/linear-layer/', { colorScheme: 'light' });
      const bg = await light.page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg').trim());
      await light.context.close();
      return bg;
    })();
    const darkBg = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg').trim());
    expect(darkBg).not.toBe(lightBg);
    expect(d.background).toContain(darkBg);
    await figure.getByLabel(/light, for print/).check();
    const l = await inspect(page, (await save(/save as svg/i)).body.toString('utf8'));
    expect(l.background).toContain(lightBg);
    expect(l.texts).toEqual(d.texts);

    const png = await save(/save as png/i);
    expect(png.name).toBe('two-neurons-linear-layer.png');
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.body.readUInt32BE(16)).toBe(l.width * 2);
    await context.close();
  });

  it('gallery: saves the preview in the state it shows', async () => {
    const { page, context } = await open(browser, '/embed/', { width: 1280 });
    const section = page.locator('section#xor');
    await section.scrollIntoViewIfNeeded();
    const frame = page.frameLocator('section#xor iframe[data-preview]');
    await frame.locator('[data-island][data-live="true"]').waitFor({ timeout: 20_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: /save the preview as svg/i }).click()]);
    const x = await inspect(page, (await text(download)).toString('utf8'));
    expect(x).toMatchObject({ parsed: true, scripts: 0, handlers: 0, classes: 0, variables: 0, outside: 0 });
    expect(x.texts.some((t) => t.includes('/embed/xor/'))).toBe(true);
    await context.close();
  });

  it('web component: toSVG() and toPNG() give the clamped state of hostile params, never their text', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${host.url}/`);
    await page.locator('two-neurons-diagram [data-live="true"]').waitFor({ timeout: 20_000 });
    const out = await page.evaluate(async () => {
      const el = document.querySelector('two-neurons-diagram') as HTMLElement & { toSVG(): string; toPNG(): Promise<Blob>; query: string };
      const png = await el.toPNG();
      return { svg: el.toSVG(), query: el.query, png: { type: png.type, size: png.size } };
    });
    const s = await inspect(page, out.svg);
    expect(s).toMatchObject({ parsed: true, scripts: 0, handlers: 0, classes: 0, variables: 0, outside: 0 });
    expect(out.svg).not.toContain('<script');
    expect(s.texts).toContain(`State: ${out.query}`);
    expect(out.png.type).toBe('image/png');
    expect(out.png.size).toBeGreaterThan(1000);
    await context.close();
  });
});
