import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { axeRun, COLOUR_RULES } from '../../scripts/axe.mjs';

/** Every .html file under `dir` (the build's pages: walk dist/ so a page added later is covered). */
export const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });

/** The production build's address, served by setup.ts. */
export const baseUrl = (): string => inject('baseUrl');

let connection: Promise<Browser> | undefined;

/**
 * The run's one Chromium (started by setup.ts), connected once per test
 * file; perFile.ts disconnects after the file. Contexts a file opens close
 * with its connection.
 */
export function sharedBrowser(): Promise<Browser> {
  connection ??= chromium.connect(inject('browserEndpoint'));
  return connection;
}

/** Close this file's connection (and its contexts); the browser itself stays up for the next file. */
export async function disconnect(): Promise<void> {
  const open = connection;
  connection = undefined;
  await (await open)?.close();
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

/**
 * axe-core violations on the page, as short lines; `exclude` lists selectors
 * to leave out; `colourOnly` runs only the rules a theme can change (for the
 * second theme of a page whose DOM the first run already checked).
 */
export async function axeViolations(page: Page, exclude: string[] = [], { colourOnly = false } = {}): Promise<string[]> {
  const violations = (await axeRun(page, exclude, colourOnly ? COLOUR_RULES : undefined)) as {
    id: string;
    impact: string;
    help: string;
    nodes: { target: string[] }[];
  }[];
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

/**
 * Wait until `read` gives the same value (by JSON) twice in a row, `interval`
 * ms apart, and return it: for "let it settle" without guessing how long a
 * machine takes. Fails after `timeout` ms.
 */
export async function settled<T>(read: () => Promise<T>, { interval = 150, timeout = 15_000 } = {}): Promise<T> {
  let last = JSON.stringify(await read());
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, interval));
    const value = await read();
    const now = JSON.stringify(value);
    if (now === last) return value;
    last = now;
  }
  throw new Error(`did not settle within ${timeout} ms; last value ${last.slice(0, 200)}`);
}
