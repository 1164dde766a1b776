/**
 * xor in Chromium: the score from the URL checked against the core; a keyboard
 * sweep of the sliders never finds 4/4; slider and line handle by pointer; the
 * perceptron rule (animated, and one epoch per press under reduced motion)
 * never reaches 4/4; the dendritic unit gets 4/4; a hostile URL shows the notice.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, open, readout, settled, sharedBrowser, waitLive } from './harness';
import { perceptronAccuracy, trainPerceptron, XOR_POINTS } from '../../src/core';

const ID = 'xor';
const ROOT = `[data-diagram="${ID}"]`;
const POINTS = XOR_POINTS.map((p) => ({ x: p.x, label: p.label }));
const correct = (w1: number, w2: number, b: number) => Math.round(perceptronAccuracy({ weights: [w1, w2], bias: b }, POINTS) * 4);

const browser = await sharedBrowser();

const slider = (page: Page, label: string) => page.locator(`${ROOT} .slider`).filter({ hasText: label }).locator('input[type=range]');
const value = async (page: Page, label: string) => Number(await slider(page, label).inputValue());

describe('xor', () => {
  it('scores the URL’s weights as the core does, and the dendritic unit 4/4, with no axe violation', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context, problems } = await open(browser, `/embed/${ID}/?w1=1&w2=1&b=-1.5`, { colorScheme });
      await waitLive(page);
      expect(await readout(page, ID, 'score')).toMatch(new RegExp(`^${correct(1, 1, -1.5)}/4 correct`));
      expect(await readout(page, ID, 'dendriticScore')).toMatch(/^4\/4 correct/);
      expect(await readout(page, ID, 'epochs')).toMatch(/^0 epochs/);
      expect(await axeViolations(page), colorScheme).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('never scores 4/4 over a keyboard sweep of w₁, w₂ and b, and always agrees with the core', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?mode=linear`);
    await waitLive(page);
    const seen = new Set<string>();
    // One round trip per check: the score and the three sliders' values, read together.
    const check = async () => {
      const [text, w1, w2, b] = await page.evaluate(
        ({ root, labels }) => {
          const scope = document.querySelector(root)!;
          const of = (label: string) =>
            Number(
              [...scope.querySelectorAll('.slider')].find((s) => s.textContent?.includes(label))!.querySelector<HTMLInputElement>('input[type=range]')!.value,
            );
          return [scope.querySelector('output[data-readout="score"]')!.textContent ?? '', ...labels.map(of)] as [string, number, number, number];
        },
        { root: ROOT, labels: ['Weight w₁', 'Weight w₂', 'Bias b'] },
      );
      expect(text, `${w1}, ${w2}, ${b}`).toMatch(new RegExp(`^${correct(w1, w2, b)}/4`));
      seen.add(text.slice(0, 3));
    };
    for (const bKeys of [['Home'], [], ['End']]) {
      await slider(page, 'Bias b').focus();
      for (const key of bKeys) await page.keyboard.press(key);
      await slider(page, 'Weight w₁').focus();
      await page.keyboard.press('Home');
      for (let i = 0; i <= 10; i += 2) {
        await slider(page, 'Weight w₂').focus();
        await page.keyboard.press('Home');
        for (let j = 0; j <= 10; j += 2) {
          await check();
          await page.keyboard.press('PageUp');
          await page.keyboard.press('PageUp');
        }
        await slider(page, 'Weight w₁').focus();
        await page.keyboard.press('PageUp');
        await page.keyboard.press('PageUp');
      }
    }
    expect(seen.has('4/4')).toBe(false);
    expect(seen.has('3/4')).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('moves by pointer: a slider dragged, and the line dragged by its handle', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?mode=linear`);
    await waitLive(page);
    expect(await readout(page, ID, 'score')).toMatch(/^3\/4/);
    const b = slider(page, 'Bias b');
    // Boxes are read once the page has stopped moving: a busy machine may still be rendering.
    const box = (await settled(() => b.boundingBox()))!;
    await page.mouse.move(box.x + box.width * 0.44, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    // b at 4: every point answers 1.
    await expect.poll(() => readout(page, ID, 'score')).toMatch(/^2\/4/);
    expect(await value(page, 'Bias b')).toBe(4);

    await slider(page, 'Bias b').focus();
    for (let i = 0; i < 45; i++) await page.keyboard.press('ArrowLeft');
    expect(await value(page, 'Bias b')).toBeCloseTo(-0.5, 6);
    const handle = page.locator(`${ROOT} [data-handle="move"]`);
    const h = (await settled(() => handle.boundingBox()))!;
    // Drag the line up and right, past (1, 1)'s side: the bias falls as the line moves away from the origin.
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await page.mouse.down();
    await page.mouse.move(h.x + h.width / 2 + 60, h.y + h.height / 2 - 60, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => value(page, 'Bias b')).toBeLessThan(-1);
    // The URL keeps the exact weights (the range input shows them rounded to its step).
    const fromUrl = () => {
      const url = new URL(page.url());
      const [w1, w2, bias] = ['w1', 'w2', 'b'].map((k) => Number(url.searchParams.get(k) ?? (k === 'b' ? -0.5 : 1)));
      return `${correct(w1!, w2!, bias!)}/4`;
    };
    await expect.poll(() => new URL(page.url()).searchParams.get('b')).not.toBeNull();
    await expect.poll(async () => (await readout(page, ID, 'score')).slice(0, 3)).toBe(fromUrl());
    expect(problems).toEqual([]);
    await context.close();
  });

  it('runs the perceptron rule epoch by epoch and never reaches 4/4', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?mode=linear`);
    await waitLive(page);
    await page.locator(`${ROOT} button`, { hasText: 'Try to learn it' }).click();
    const scores = new Set<string>();
    await expect
      .poll(
        async () => {
          scores.add((await readout(page, ID, 'score')).slice(0, 3));
          return Number.parseInt(await readout(page, ID, 'epochs'), 10);
        },
        { timeout: 15_000, interval: 50 },
      )
      .toBeGreaterThanOrEqual(4);
    expect(scores.has('4/4')).toBe(false);
    expect(await readout(page, ID, 'epochs')).toMatch(/never 4\/4/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('steps one epoch per press under reduced motion, exactly as the core’s trainPerceptron', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?mode=linear`, { reducedMotion: 'reduce' });
    await waitLive(page);
    const button = page.locator(`${ROOT} button`, { hasText: 'Run one epoch' });
    for (let i = 0; i < 6; i++) {
      await button.click();
      expect(await readout(page, ID, 'score')).not.toMatch(/^4\/4/);
    }
    await expect.poll(() => readout(page, ID, 'epochs')).toMatch(/^6 epochs, best [0-3]\/4, never 4\/4/);
    const core = trainPerceptron(POINTS, 6, 0.5, { weights: [1, 1], bias: -0.5 });
    expect([await value(page, 'Weight w₁'), await value(page, 'Weight w₂'), await value(page, 'Bias b')]).toEqual([...core.weights.weights, core.weights.bias]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the dendritic unit alone, and a notice for a hostile URL', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?mode=dendritic`);
    await waitLive(page);
    expect(await readout(page, ID, 'dendriticScore')).toBe('4/4 correct, every point right');
    expect(await page.locator(`${ROOT} output[data-readout="score"]`).count()).toBe(0);
    expect(await page.locator(ROOT).textContent()).toContain('Gidon et al. 2020, Science 367:83');
    await context.close();
    expect(problems).toEqual([]);

    const hostile = await open(browser, `/embed/${ID}/?w1=%3Cscript%3E&b=1e9&mode=nope`);
    await waitLive(hostile.page);
    await expect.poll(() => hostile.page.locator('.diagram-notice').textContent()).toContain('“w1”');
    expect(await readout(hostile.page, ID, 'score')).toMatch(/^2\/4/);
    expect(hostile.problems).toEqual([]);
    await hostile.context.close();
  });
});
