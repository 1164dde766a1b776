/**
 * dendrite-sum in Chromium: states set through the URL read back as the core
 * computes them; keyboard and pointer move a strength slider; synapses can be
 * added and removed; a hostile URL shows the notice; no console problem.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, sharedBrowser, open, readout, waitLive } from './harness';
import { somaPotential, type SynapseInput } from '../../src/core';
import { fmt, parseReadout } from '../../src/chart/format';
import dendriteSum from '../../src/diagrams/dendrite-sum';

const ID = 'dendrite-sum';
const browser = await sharedBrowser();

const vmOf = (synapses: readonly SynapseInput[], model: 'linear' | 'conductance') => somaPotential(synapses, model);

describe('dendrite-sum', () => {
  it('reads states from the URL exactly as the core computes them', async () => {
    const cases: [string, SynapseInput[], 'linear' | 'conductance'][] = [
      [
        'syn=glu:0.9,glu:0.8,gaba:0.4',
        [
          { type: 'glu', strength: 0.9 },
          { type: 'glu', strength: 0.8 },
          { type: 'gaba', strength: 0.4 },
        ],
        'linear',
      ],
      [
        'syn=glu:1,glu:1,glu:1,gaba:1&model=conductance',
        [
          { type: 'glu', strength: 1 },
          { type: 'glu', strength: 1 },
          { type: 'glu', strength: 1 },
          { type: 'gaba', strength: 1 },
        ],
        'conductance',
      ],
      [
        'syn=glu:1,glu:1,glu:0.5',
        [
          { type: 'glu', strength: 1 },
          { type: 'glu', strength: 1 },
          { type: 'glu', strength: 0.5 },
        ],
        'linear',
      ],
    ];
    for (const [query, synapses, model] of cases) {
      const { page, context, problems } = await open(browser, `/embed/${ID}/?${query}`);
      await waitLive(page);
      const core = vmOf(synapses, model);
      expect(await readout(page, ID, 'vm'), query).toMatch(new RegExp(`^${fmt(core.vmMilliVolts)} mV, `));
      expect(await readout(page, ID, 'threshold')).toBe('−55.0 mV');
      expect(await readout(page, ID, 'fires'), query).toBe(core.fires ? 'yes' : 'no');
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('moves a strength by keyboard and by pointer, and adds and removes synapses', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?syn=glu:0.5`);
    await waitLive(page);
    const before = parseReadout(await readout(page, ID, 'vm'));
    const slider = page.locator(`[data-diagram="${ID}"] input[type=range]`).first();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => parseReadout(await readout(page, ID, 'vm'))).toBeCloseTo(vmOf([{ type: 'glu', strength: 0.51 }], 'linear').vmMilliVolts, 1);
    expect(parseReadout(await readout(page, ID, 'vm'))).toBeGreaterThan(before);

    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => readout(page, ID, 'vm')).toMatch(/^−64\.[0-9] mV/);

    await page.getByRole('button', { name: /Add a synapse/ }).click();
    await expect.poll(() => page.locator(`[data-diagram="${ID}"] input[type=range]`).count()).toBe(2);
    await page.getByLabel('Synapse 2 transmitter').selectOption('gaba');
    await page.getByRole('button', { name: 'Remove synapse 1' }).click();
    // One GABA synapse at 0.5 in the linear model: −70 − 2 mV.
    await expect.poll(() => readout(page, ID, 'vm')).toBe('−72.0 mV, 17.0 mV below threshold');
    await page.locator(`[data-diagram="${ID}"] input[type=radio][value=conductance]`).check();
    await expect.poll(() => readout(page, ID, 'vm')).toMatch(/^−70\.0 mV/);
    await expect.poll(() => page.url()).toContain('model=conductance');
    expect(problems).toEqual([]);
    await context.close();
  });

  it("redraws its live parts when the essay's scroll steps change the scene", async () => {
    // The strengths, readouts and markers are written directly by live bindings, not re-rendered: a scene from outside must reach them all.
    const { page, context, problems } = await open(browser, '/', { width: 1280, height: 900 });
    const scrolly = page.locator('[data-scrolly]').filter({ has: page.locator(`[data-island="${ID}"]`) });
    const island = scrolly.locator('[data-island]');
    const steps = await scrolly.locator('.step[data-scene]').all();
    expect(steps.length).toBeGreaterThanOrEqual(3);
    for (const step of steps) {
      const scene = (await step.getAttribute('data-scene'))!;
      const { syn, model } = dendriteSum.scenes![scene]!;
      await step.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect.poll(() => island.getAttribute('data-scene'), { timeout: 10_000 }).toBe(scene);
      const core = vmOf(syn!, model!);
      await expect.poll(() => readout(page, ID, 'vm'), { message: scene }).toMatch(new RegExp(`^${fmt(core.vmMilliVolts)} mV, `));
      expect(await readout(page, ID, 'fires'), scene).toBe(core.fires ? 'yes' : 'no');
      const sliders = island.locator('input[type=range]');
      expect(await sliders.evaluateAll((inputs) => inputs.map((input) => Number((input as HTMLInputElement).value))), scene).toEqual(
        syn!.map((s) => s.strength),
      );
      expect(await island.locator('[data-synapse]').count(), scene).toBe(syn!.length);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a notice for a hostile URL and still works', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?syn=javascript:alert(1)&model=%3Cimg%20src%3Dx%3E`);
    await waitLive(page);
    await expect.poll(() => page.locator('.diagram-notice').textContent()).toMatch(/syn/);
    expect(await page.locator(`[data-diagram="${ID}"] img`).count()).toBe(0);
    expect(await readout(page, ID, 'vm')).toMatch(/^−61\.4 mV/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('has no axe violations on a phone in dark mode with reduced motion, and shows the end state of a spike', async () => {
    const { page, context, problems } = await open(browser, `/embed/${ID}/?syn=glu:1,glu:1,glu:1`, {
      width: 375,
      colorScheme: 'dark',
      reducedMotion: 'reduce',
    });
    await waitLive(page);
    expect(await readout(page, ID, 'fires')).toBe('yes');
    expect(await page.getByRole('button', { name: /Send the signal again/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
