import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { inject } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

/** Every .html file under `dir` (the build's pages: walk dist/ so a page added later is covered). */
export const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });

/** The production build's address, served by setup.ts. */
export const baseUrl = (): string => inject('baseUrl');

/** Launch Debian's Chromium (or CHROME_PATH) headless. */
export async function launch(): Promise<Browser> {
  const executablePath = findChromium() as string | undefined;
  if (!executablePath) throw new Error('No Chromium: apt-get install -y chromium, or set CHROME_PATH.');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

export interface OpenOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  javaScriptEnabled?: boolean;
  hasTouch?: boolean;
}

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and warnings and uncaught exceptions seen so far. */
  problems: string[];
}

/** Open a path of the build in a fresh context, collecting every console problem. */
export async function open(browser: Browser, path: string, options: OpenOptions = {}): Promise<OpenPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    hasTouch: options.hasTouch ?? false,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
  return { page, context, problems };
}

/** Wait until the diagram inside `selector` has woken (hydrated). */
export async function waitLive(page: Page, selector = '[data-island]'): Promise<void> {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  await page.waitForSelector(`${selector}[data-live="true"]`, { timeout: 20_000 });
}

/** A readout's text, inside the diagram root `[data-diagram=id]`. */
export async function readout(page: Page, id: string, name: string): Promise<string> {
  return (await page.locator(`[data-diagram="${id}"] output[data-readout="${name}"]`).first().textContent()) ?? '';
}

/** axe-core violations on the page, as short lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
