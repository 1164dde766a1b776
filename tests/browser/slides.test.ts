/**
 * A teacher's slide deck (issue 20): a real reveal.js 5 deck with the web
 * component on its first slide. Keys and drags the diagram's controls use
 * stay in the diagram (the slider moves, the slide does not); keys and
 * swipes it does not use still drive the deck.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { baseUrl, sharedBrowser } from './harness';
import { hostServer } from './embed-helpers';

const browser = await sharedBrowser();
let host: { server: Server; url: string };

const reveal = (file: string): [string, string] => [
  file.endsWith('.css') ? 'text/css' : 'text/javascript',
  readFileSync(`node_modules/reveal.js/dist/${file}`, 'utf8'),
];

beforeAll(async () => {
  const ours = baseUrl();
  host = await hostServer({
    '/': [
      'text/html; charset=utf-8',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lecture 3: the neuron</title>
<link rel="stylesheet" href="/reveal.css"><link rel="stylesheet" href="/white.css"></head>
<body><div class="reveal"><div class="slides">
<section><h2 id="title">A linear layer</h2>
<two-neurons-diagram name="linear-layer" params="n=2&amp;k=3"></two-neurons-diagram></section>
<section><h2>Next slide</h2></section>
</div></div>
<script type="module" src="${ours}/lib/two-neurons.js"></script>
<script src="/reveal.js"></script>
<script>Reveal.initialize({ hash: false, transition: 'none', width: 1200, height: 900 });</script>
</body></html>`,
    ],
    '/reveal.js': reveal('reveal.js'),
    '/reveal.css': reveal('reveal.css'),
    '/white.css': reveal('theme/white.css'),
  });
});

afterAll(() => new Promise<void>((done) => host.server.close(() => done())));

const slide = (page: Page) => page.evaluate(() => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h);

/** A finger's swipe from right to left across `selector`'s element (reveal.js reads touch pointers). */
async function swipe(page: Page, selector: string) {
  await page.evaluate((sel) => {
    const root = document.querySelector('two-neurons-diagram')!.shadowRoot!;
    const target = (root.querySelector(sel) ?? document.querySelector(sel))!;
    const box = target.getBoundingClientRect();
    const clientY = box.top + box.height / 2;
    const fire = (type: string, x: number) =>
      target.dispatchEvent(
        new PointerEvent(type, { bubbles: true, composed: true, cancelable: true, pointerType: 'touch', pointerId: 7, isPrimary: true, clientX: x, clientY }),
      );
    fire('pointerdown', box.left + box.width * 0.9);
    fire('pointermove', box.left + box.width * 0.5);
    fire('pointermove', box.left + box.width * 0.1);
    fire('pointerup', box.left + box.width * 0.1);
  }, selector);
}

describe('a diagram in a reveal.js deck', () => {
  it('keeps the slider’s arrow keys from the deck, lets other keys through, and still lets → outside it change slide', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${host.url}/`);
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
    const slider = page.locator('two-neurons-diagram input[type="range"]').first();
    await page.locator('two-neurons-diagram [data-live="true"]').waitFor({ timeout: 20_000 });
    await slider.focus();
    const before = await slider.inputValue();
    await page.keyboard.press('ArrowRight');
    expect(await slider.inputValue()).not.toBe(before);
    await page.keyboard.press('ArrowLeft');
    expect(await slider.inputValue()).toBe(before);
    expect(await slide(page)).toBe(0);
    // A key the slider does not use (reveal.js: n = next slide) still reaches the deck.
    await page.keyboard.press('n');
    await expect.poll(() => slide(page)).toBe(1);
    await page.evaluate(() => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(0));
    // → with the focus outside the diagram changes slide.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slide(page)).toBe(1);
    await context.close();
  });

  it('a swipe along the slider moves no slide; a swipe on the slide’s title does', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${host.url}/`);
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
    await page.locator('two-neurons-diagram [data-live="true"]').waitFor({ timeout: 20_000 });
    await swipe(page, 'input[type="range"]');
    expect(await slide(page)).toBe(0);
    await swipe(page, '#title');
    await expect.poll(() => slide(page)).toBe(1);
    await context.close();
  });
});
