/**
 * `npm run bench:scrub`: scrub sliders of the live diagrams in Chromium with
 * the CPU slowed 4×, and print input-to-next-frame p50 and p95 (target p95 ≤
 * 16.7 ms, one frame at 60 Hz). Numbers, not a pass/fail test: the audit
 * (`npm run audit`) holds the budget, with the same measurement.
 */
import { chromium } from 'playwright-core';
// @ts-expect-error: plain ESM scripts without types
import { serve } from '../../scripts/serve.mjs';
// @ts-expect-error: plain ESM scripts without types
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/chromium.mjs';
// @ts-expect-error: plain ESM scripts without types
import { scrubFloor, scrubTargets } from '../../scripts/scrub.mjs';

interface Measured {
  target: { id: string; name: string; slider: string };
  result: { events: number; p50: number; p95: number; max: number };
  runs: number[];
}

const { server, url } = await serve('dist', 0);
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
const runs = Number(process.argv[2] ?? 3);
console.log(`median run of ${runs}, by p95`);
console.log('diagram                      events   p50 ms   p95 ms   max ms   p95 of each run');
for (const { target, result: r, runs: each } of (await scrubTargets(browser, url, { runs })) as Measured[]) {
  console.log(`${target.name.padEnd(28)} ${String(r.events).padStart(6)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.max.toFixed(1).padStart(8)}   ${each.map((p) => p.toFixed(1)).join(', ')}`);
}
const floor = (await scrubFloor(browser, { runs })) as Omit<Measured, 'target'>;
console.log(`${'floor: bare range input'.padEnd(28)} ${String(floor.result.events).padStart(6)} ${floor.result.p50.toFixed(1).padStart(8)} ${floor.result.p95.toFixed(1).padStart(8)} ${floor.result.max.toFixed(1).padStart(8)}   ${floor.runs.map((p) => p.toFixed(1)).join(', ')}`);
await browser.close();
server.close();
