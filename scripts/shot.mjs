/**
 * Screenshot a page of the build, as a reader would see it:
 *   node scripts/shot.mjs /embed/anatomy/ out.png [--width 375] [--height 800] [--dark] [--full] [--scroll SELECTOR [--view]] [--wait MS]
 * Serves dist/ on 127.0.0.1 itself; prints console problems it saw.
 */
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';

const [path = '/', out = 'shot.png', ...rest] = process.argv.slice(2);
const flag = (name) => rest.includes(`--${name}`);
const value = (name, fallback) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : fallback;
};

const { server, url } = await serve('dist', 0);
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext({
  viewport: { width: Number(value('width', 1280)), height: Number(value('height', 900)) },
  colorScheme: flag('dark') ? 'dark' : 'light',
  deviceScaleFactor: 1,
});
const page = await context.newPage();
page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`console ${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => console.log(`uncaught: ${e.message}`));
await page.goto(`${url}${path}`, { waitUntil: 'load' });
const target = value('scroll');
if (target) await page.locator(target).first().scrollIntoViewIfNeeded();
await page.waitForTimeout(Number(value('wait', 800)));
if (target && !flag('full') && !flag('view')) await page.locator(target).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: flag('full') });
console.log(`wrote ${out}`);
await browser.close();
server.close();
