/**
 * `npm run bench:scrub [runs]`: scrub the sliders of the live diagrams in
 * Chromium and print, per diagram and for the floor (a bare range input):
 * the main thread's work per input from a trace, unthrottled (the budget:
 * p95 ≤ 4.2 ms, 16.7 ms ÷ 4), and the wall-clock input-to-next-frame with
 * the CPU slowed 4× (information). Numbers, not a pass/fail test: the audit
 * (`npm run audit`) holds the budget with the same measurement.
 */
import { chromium } from 'playwright-core';
// @ts-expect-error: plain ESM scripts without types
import { serve } from '../../scripts/serve.mjs';
// @ts-expect-error: plain ESM scripts without types
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/chromium.mjs';
// @ts-expect-error: plain ESM scripts without types
import { scrub, scrubFloor, scrubTargets } from '../../scripts/scrub.mjs';

interface Result {
  events: number;
  p50: number;
  p95: number;
  max: number;
}
interface Measured {
  target: { id: string; name: string };
  result: Result;
  runs: number[];
}

const { server, url } = await serve('dist', 0);
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
const runs = Number(process.argv[2] ?? 3);
const f = (n: number) => n.toFixed(2).padStart(7);
const row = (name: string, work: Measured | Omit<Measured, 'target'>, wall: Result) =>
  console.log(
    `${name.padEnd(28)} ${String(work.result.events).padStart(6)} ${f(work.result.p50)} ${f(work.result.p95)} ${f(work.result.max)}   ${f(wall.p50)} ${f(wall.p95)}   ${work.runs.map((p) => p.toFixed(2)).join(', ')}`,
  );

console.log(`main-thread work per input (trace, unthrottled; median run of ${runs} by p95) · 4× CPU wall-clock input-to-next-frame (1 run)`);
console.log('                             inputs  work p50  p95     max      4× p50   4× p95   work p95 of each run');
const floorWork = (await scrubFloor(browser, { runs })) as Omit<Measured, 'target'>;
const floorWall = (await scrubFloor(browser, { runs: 1, measure: scrub })) as Omit<Measured, 'target'>;
row('floor: bare range input', floorWork, floorWall.result);
const walls = new Map(((await scrubTargets(browser, url, { runs: 1, measure: scrub })) as Measured[]).map((m) => [m.target.name, m.result]));
for (const measured of (await scrubTargets(browser, url, { runs })) as Measured[]) row(measured.target.name, measured, walls.get(measured.target.name)!);
await browser.close();
server.close();
