/**
 * forward-forward in Chromium: the server-drawn untrained state matches the
 * trainer run in Node; Play trains in a Web Worker until the goodness gap and
 * both accuracies have grown; the main-thread fallback trains too when no
 * Worker exists; keyboard on a learning-rate slider restarts the run; reduced
 * motion trains in discrete steps; a hostile URL shows the notice.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, baseUrl, sharedBrowser, open, readout, settled, waitLive } from './harness';
import { parseReadout } from '../../src/chart/format';
import { createTrainer, snapshot, trainEpochs } from '../../src/diagrams/forward-forward/trainer';
import { percent, readoutTexts } from '../../src/diagrams/forward-forward/model';

const ID = 'forward-forward';
const ROOT = `[data-diagram="${ID}"]`;
const CONFIG = { data: 'xor', seed: 1, bplr: 0.5, fflr: 0.3 } as const;

const browser = await sharedBrowser();

const num = async (page: Page, name: string) => parseReadout(await readout(page, ID, name));

describe('forward-forward', () => {
  it('starts untrained exactly as the trainer computes, trains in a worker on Play, and the gap and accuracies grow', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/`);
    const expected = readoutTexts(snapshot(createTrainer({ ...CONFIG })));
    // Before and after waking: the server's numbers are the trainer's.
    expect(await readout(page, ID, 'ffGap')).toBe(expected.ffGap);
    await waitLive(page);
    expect(await readout(page, ID, 'epoch')).toBe(expected.epoch);
    expect(await readout(page, ID, 'bpAccuracy')).toBe(expected.bpAccuracy);
    expect(await readout(page, ID, 'ffAccuracy')).toBe(expected.ffAccuracy);
    expect(await readout(page, ID, 'bpLoss')).toBe(expected.bpLoss);
    const start = { gap: await num(page, 'ffGap'), bp: await num(page, 'bpAccuracy'), ff: await num(page, 'ffAccuracy') };
    // No worker until the reader asks for training.
    expect(await page.locator(`${ROOT} .ff`).getAttribute('data-engine')).toBeNull();
    await page.locator(`${ROOT} button`, { hasText: 'Play' }).click();
    await expect.poll(() => page.locator(`${ROOT} .ff`).getAttribute('data-engine'), { timeout: 10_000 }).toBe('worker');
    await expect.poll(() => num(page, 'epoch'), { timeout: 20_000 }).toBeGreaterThanOrEqual(150);
    await page.locator(`${ROOT} button`, { hasText: 'Pause' }).click();
    expect(await num(page, 'ffGap')).toBeGreaterThan(start.gap + 1);
    expect(await num(page, 'bpAccuracy')).toBeGreaterThan(start.bp);
    expect(await num(page, 'ffAccuracy')).toBeGreaterThan(start.ff);
    expect(await num(page, 'bpLoss')).toBeLessThan(parseReadout(expected.bpLoss));
    // A tick the worker posted before it read the pause may still land: wait for the count to settle,
    // then it must stay put.
    const paused = await settled(() => readout(page, ID, 'epoch'), { interval: 200 });
    await page.waitForTimeout(300);
    expect(await readout(page, ID, 'epoch')).toBe(paused);
    expect(Number(await page.locator(`${ROOT} .ff`).getAttribute('data-rate'))).toBeGreaterThan(20);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('trains on the main thread in slices when no Worker can start', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    await context.addInitScript(() => {
      // A browser (or a host page) where no worker can start.
      Reflect.deleteProperty(window, 'Worker');
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${baseUrl()}/embed/${ID}/`);
    await waitLive(page);
    await page.locator(`${ROOT} button`, { hasText: 'Play' }).click();
    await expect.poll(() => page.locator(`${ROOT} .ff`).getAttribute('data-engine'), { timeout: 10_000 }).toBe('main');
    await expect.poll(() => num(page, 'epoch'), { timeout: 20_000 }).toBeGreaterThanOrEqual(40);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('restarts the run when a learning rate moves by keyboard; reduced motion trains 50 epochs a press, as in Node', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/`, { reducedMotion: 'reduce' });
    await waitLive(page);
    const bp = page.locator(`${ROOT} .slider`).filter({ hasText: 'backprop' }).locator('input[type=range]');
    await bp.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).toContain('bplr=0.55');
    const button = page.locator(`${ROOT} button`, { hasText: 'Train 50 epochs' });
    await button.click();
    await expect.poll(() => readout(page, ID, 'epoch'), { timeout: 15_000 }).toBe('50 of 600');
    const t = createTrainer({ ...CONFIG, bplr: 0.55 });
    trainEpochs(t, 50);
    const s = snapshot(t);
    expect(await readout(page, ID, 'bpAccuracy')).toBe(percent(s.bpAccuracy));
    expect(await readout(page, ID, 'ffAccuracy')).toBe(percent(s.ffAccuracy));
    expect(await num(page, 'ffGap')).toBeCloseTo(s.ffGap[50]!, 1);
    // A new setting starts again from epoch 0.
    await bp.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => readout(page, ID, 'epoch'), { timeout: 15_000 }).toBe('0 of 600');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens pre-trained for the trained scene, has no axe violation in either theme, and shows a notice for a hostile URL', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // The trained scene once (training 300 epochs takes a moment); the dark theme on the untrained page.
      const query = colorScheme === 'light' ? '?pretrain=300&data=moons' : '';
      const { page, context, problems } = await open(browser, `/embed/${ID}/${query}`, { colorScheme });
      await waitLive(page);
      if (query) {
        await expect.poll(() => readout(page, ID, 'epoch'), { timeout: 20_000 }).toBe('300 of 600');
        expect(await num(page, 'bpAccuracy')).toBeGreaterThanOrEqual(90);
      }
      expect(await axeViolations(page), colorScheme).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    }
    const hostile = await open(browser, `/embed/${ID}/?seed=-4&bplr=abc&data=%3Cimg%3E`);
    await waitLive(hostile.page);
    await expect.poll(() => hostile.page.locator('.diagram-notice').textContent()).toContain('“bplr”');
    expect(await readout(hostile.page, ID, 'epoch')).toBe('0 of 600');
    expect(hostile.problems).toEqual([]);
    await hostile.context.close();
  });
});
