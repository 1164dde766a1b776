import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
// @ts-expect-error: plain ESM script without types
import { serve } from '../../scripts/serve.mjs';
// @ts-expect-error: plain ESM script without types
import { CHROMIUM_ARGS, findTestChromium } from '../../scripts/chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where the one Chromium of the run listens; test files connect to it (harness.ts). */
    browserEndpoint: string;
  }
}

/**
 * For the whole browser run: serve dist/ on 127.0.0.1 and start one
 * headless Chromium (CHROME_PATH, Debian's chromium-headless-shell, or its
 * chromium: scripts/chromium.mjs). Every test file connects to
 * that browser instead of launching its own; each test opens its own context.
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('No production build in dist/: run `npm run build` (npm test does it for you).');
  const executablePath = findTestChromium() as string | undefined;
  if (!executablePath) throw new Error('No Chromium: apt-get install -y chromium, or set CHROME_PATH.');
  const { server, url } = await serve('dist', 0);
  const browserServer = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, headless: true });
  project.provide('baseUrl', url);
  project.provide('browserEndpoint', browserServer.wsEndpoint());
  return async () => {
    await browserServer.close();
    await new Promise<void>((done) => server.close(() => done()));
  };
}
