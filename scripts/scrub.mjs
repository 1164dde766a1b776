/**
 * Scrub a slider the way a reader does — pointer down on the thumb, drag
 * across the track and back, one input per frame — and measure it two ways:
 *
 * - `scrubWork` (the budget): record a Chrome trace of the scrub, unthrottled,
 *   and take per input the renderer main thread's work (script, style,
 *   layout, paint, commit) from the input to the frame that shows it
 *   (scripts/inputWork.mjs). A phone four times slower than this machine has
 *   one 16.7 ms frame for four times that work: the budget is 16.7 ÷ 4 ms.
 * - `scrub` (information): with the CPU slowed 4× (CDP
 *   Emulation.setCPUThrottlingRate), time each input event to the next frame,
 *   from the event's timestamp to a task queued from the next
 *   requestAnimationFrame. On a shared 2-core VM with software compositing
 *   this flaps by several ms between identical runs, so it is printed, not gated.
 */

import { existsSync } from 'node:fs';
import { inputWork, percentile, summarizeInputWork } from './inputWork.mjs';

/** Trace categories for scrubWork: main-thread tasks with their thread times, input dispatch, commits. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];

/** Which slider of which diagram the scrub benchmark and the audit drag. */
export const SCRUB_TARGETS = [
  { id: 'dendrite-sum', name: 'dendrite-sum', query: '', slider: 'input[type=range]' },
  { id: 'linear-layer', name: 'linear-layer 8×8', query: 'n=8&k=8', slider: 'input[type=range]' },
  { id: 'linear-layer', name: 'linear-layer 2×3 (default)', query: '', slider: 'input[type=range]' },
  { id: 'membrane', name: 'membrane (playing)', query: '', slider: 'input[type=range]' },
  { id: 'circuit', name: 'circuit (playing)', query: '', slider: 'input[type=range]' },
  { id: 'action-potential', name: 'action-potential (amplitude)', query: '', slider: 'input[type=range]' },
];

/** Install the timing probe in the page; it records one duration per input event. */
function probe() {
  const durations = [];
  window.__scrub = durations;
  document.addEventListener(
    'input',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => durations.push(performance.now() - start);
        channel.port2.postMessage(0);
      });
    },
    true,
  );
}

/**
 * Drag a slider (a locator of an <input type=range>) across its track and
 * back, `passes` times in `steps` moves each, waiting one frame after each.
 */
async function drag(page, slider, { passes = 3, steps = 40 } = {}) {
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (!box) throw new Error('slider not visible');
  const y = box.y + box.height / 2;
  const left = box.x + 4;
  const right = box.x + box.width - 4;
  await page.mouse.move(left, y);
  await page.mouse.down();
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 1; i <= steps; i++) {
      const t = i / steps;
      await page.mouse.move(pass % 2 === 0 ? left + (right - left) * t : right - (right - left) * t, y);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
    }
  }
  await page.mouse.up();
  await page.waitForTimeout(100);
}

/**
 * Wall-clock scrubbing with the CPU slowed: per input, event to next frame.
 * Returns { events, p50, p95, max } in milliseconds.
 */
export async function scrub(page, slider, { cpuSlowdown = 4, ...dragOptions } = {}) {
  await page.evaluate(probe);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  try {
    await drag(page, slider, dragOptions);
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
  const durations = await page.evaluate(() => window.__scrub);
  return { events: durations.length, p50: percentile(durations, 50), p95: percentile(durations, 95), max: Math.max(...durations) };
}

/**
 * The budget's measurement: the main thread's work per input of the same
 * scrub, unthrottled, from a trace. Returns { events, p50, p95, max, busyP95 }
 * in milliseconds (busyP95: the wall time of the same work, for comparison).
 */
export async function scrubWork(page, slider, dragOptions = {}) {
  const browser = page.context().browser();
  await slider.scrollIntoViewIfNeeded();
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  let trace;
  try {
    await drag(page, slider, dragOptions);
  } finally {
    trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  }
  const { inputs, ...summary } = summarizeInputWork(inputWork(trace));
  return { events: inputs, ...summary };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Measure `runs` times with `measure` (scrub or scrubWork), each in a fresh
 * context that `open` prepares (it returns the slider's locator). The result
 * is the median run (by p95), with every run's p95 kept for the report:
 * { result, runs }.
 */
async function medianRun(browser, runs, open, measure) {
  const results = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    results.push(await measure(page, await open(page)));
    await context.close();
  }
  const p95 = median(results.map((r) => r.p95));
  return { result: results.find((r) => r.p95 === p95), runs: results.map((r) => r.p95) };
}

/**
 * Scrub each target's slider on its embed page of the build served at `url`,
 * the median of `runs` runs, measured by `measure` (scrubWork unless given);
 * targets whose embed page is not built are skipped. Returns [{ target, result, runs }].
 */
export async function scrubTargets(browser, url, { dist = 'dist', runs = 3, measure = scrubWork } = {}) {
  const out = [];
  for (const target of SCRUB_TARGETS.filter((t) => existsSync(`${dist}/embed/${t.id}/index.html`))) {
    const measured = await medianRun(
      browser,
      runs,
      async (page) => {
        await page.goto(`${url}/embed/${target.id}/?${target.query}`);
        await page.waitForSelector('[data-island][data-live="true"]');
        return page.locator(`[data-diagram="${target.id}"] ${target.slider}`).first();
      },
      measure,
    );
    out.push({ target, ...measured });
  }
  return out;
}

/**
 * The floor on this machine: the same scrub of a bare page holding one range
 * input and its number, with no diagram. What a diagram adds is its p95 minus
 * this. Returns the median run, like scrubTargets.
 */
export function scrubFloor(browser, { runs = 3, measure = scrubWork } = {}) {
  return medianRun(
    browser,
    runs,
    async (page) => {
      await page.setContent('<input type="range" min="-5" max="5" step="0.1" style="width:300px"><output>0</output>');
      await page.evaluate(() => {
        const input = document.querySelector('input');
        input.addEventListener('input', () => (document.querySelector('output').textContent = input.value));
      });
      return page.locator('input');
    },
    measure,
  );
}
