/**
 * two-neurons in Chromium: the URL sets both neurons' input and readouts
 * match the core; sliders move them by keyboard and pointer; the toggle morphs
 * the drawing (animated, or at once with reduced motion) and updates `view`;
 * a hostile URL shows the notice; no console problem.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, sharedBrowser, open, readout, waitLive } from './harness';
import { fmt, parseReadout } from '../../src/chart/format';
import { twoNeuronsModel } from '../../src/diagrams/two-neurons/model';

const ID = 'two-neurons';
const browser = await sharedBrowser();

describe('two-neurons', () => {
  it('reads the input from the URL and shows both neurons as the core computes them', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?x=1,1,0.2&w=1,0.9,-0.5&b=-0.5&act=sigmoid&model=conductance`);
    await waitLive(page);
    const m = twoNeuronsModel({ x: [1, 1, 0.2], w: [1, 0.9, -0.5], b: -0.5, act: 'sigmoid', model: 'conductance' });
    expect(await readout(page, ID, 'vm')).toMatch(new RegExp(`^${fmt(m.bio.soma.vmMilliVolts)} mV, `));
    expect(await readout(page, ID, 'rate')).toMatch(new RegExp(`^${fmt(m.bio.rateHz, 1)} Hz`));
    expect(await readout(page, ID, 'z')).toBe(fmt(m.art.z, 2));
    expect(await readout(page, ID, 'y')).toBe(fmt(m.art.y, 2));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('moves an input by keyboard and a weight by pointer', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/`);
    await waitLive(page);
    const z0 = parseReadout(await readout(page, ID, 'z'));
    const x1 = page.getByLabel('x₁ activity');
    await x1.focus();
    await page.keyboard.press('ArrowLeft');
    // x₁ 0.90 → 0.89 with w₁ = 1: z falls by 0.01.
    await expect.poll(async () => parseReadout(await readout(page, ID, 'z'))).toBeCloseTo(z0 - 0.01, 5);
    const w3 = page.getByLabel('w₃ weight');
    const box = (await w3.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 2, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => page.url()).toMatch(/w=1,0\.8,-1/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('morphs to the artificial neuron and back, animated, and keeps view in the URL', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/`);
    await waitLive(page);
    const somaR = () => page.locator(`[data-diagram="${ID}"] svg [data-part=soma]`).getAttribute('r');
    expect(Number(await somaR())).toBe(34);
    await page.getByRole('button', { name: 'Show as artificial neuron' }).click();
    await expect.poll(() => page.url()).toContain('view=artificial');
    // Mid-way the soma is between its two radii; at the end it is the Σ node.
    await expect
      .poll(
        async () => {
          const r = Number(await somaR());
          return r > 26.5 && r < 33.5;
        },
        { timeout: 3000, interval: 20 },
      )
      .toBe(true);
    await expect.poll(async () => Number(await somaR()), { timeout: 3000 }).toBe(26);
    await page.getByRole('button', { name: 'Show as biological neuron' }).click();
    await expect.poll(async () => Number(await somaR()), { timeout: 3000 }).toBe(34);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('jumps between forms with reduced motion, loads no motion code, and passes axe on a phone in dark mode', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/`, { width: 375, reducedMotion: 'reduce', colorScheme: 'dark' });
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(request.url()));
    await waitLive(page);
    await page.getByRole('button', { name: 'Show as artificial neuron' }).click();
    const somaR = page.locator(`[data-diagram="${ID}"] svg [data-part=soma]`);
    await expect.poll(() => somaR.getAttribute('r')).toBe('26');
    expect(scripts.filter((url) => /motionKit/.test(url))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a notice for a hostile URL and still works', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?x=<script>&w=javascript:alert(1)&view=%3Cimg%3E&b=1e309`);
    await waitLive(page);
    await expect.poll(() => page.locator('.diagram-notice').textContent()).toMatch(/view/);
    expect(await page.locator(`[data-diagram="${ID}"] img, [data-diagram="${ID}"] script`).count()).toBe(0);
    expect(await readout(page, ID, 'z')).toMatch(/^[−\d]/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
