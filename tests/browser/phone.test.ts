/**
 * Every figure legible and usable on a phone (issue 17), and on a tablet and
 * a desktop: each embed page, in an iframe as a host page shows it, at 360,
 * 390, 768 and 1280 px in its default state, and at 360 and 1280 px also in
 * every scene and with every number at its minimum and at its maximum. No text renders below 11 px, no
 * two texts overlap, every control is a 24 × 24 px target (or has that much
 * room), and nothing scrolls sideways. The table is printed for the notes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Browser, Frame, Page } from 'playwright-core';
import { baseUrl, sharedBrowser } from './harness';
import { canonical, def, diagramIds, hostServer } from './embed-helpers';
import { probeLayout } from './layoutProbe';
import { defaults, parseParams, serializeParams, type Field } from '../../src/params/schema';
import type { AnyDiagram } from '../../src/diagrams/types';

const WIDTHS = [360, 390, 768, 1280];
const MIN_TEXT_PX = 11;

/**
 * Figures not yet redrawn for the phone (issue 17), with what they measured
 * when this test was written: their smallest text anywhere, their overlapping
 * pairs, whether the page scrolls sideways. They may not get worse; a figure
 * that meets the bar fails here until it is taken off this list.
 */
const NOT_YET: Record<string, { px: number; overlaps: number; scrolls: boolean }> = {
  anatomy: { px: 5.0, overlaps: 0, scrolls: false },
  'two-neurons': { px: 7.3, overlaps: 0, scrolls: true },
  circuit: { px: 8.5, overlaps: 0, scrolls: false },
  'dendrite-sum': { px: 8.9, overlaps: 0, scrolls: false },
  passes: { px: 8.9, overlaps: 0, scrolls: false },
  'linear-layer': { px: 9.2, overlaps: 0, scrolls: false },
  scale: { px: 9.7, overlaps: 0, scrolls: false },
  membrane: { px: 10.0, overlaps: 0, scrolls: false },
  spontaneous: { px: 10.0, overlaps: 0, scrolls: false },
  neuromodulation: { px: 10.0, overlaps: 0, scrolls: false },
  contrast: { px: 10.0, overlaps: 0, scrolls: false },
  xor: { px: 11.5, overlaps: 1, scrolls: false },
};

/** The states to check: name → a full query (every key, so a `set` replaces the whole state). */
function cases(d: AnyDiagram): [string, string][] {
  const base = defaults(d.schema);
  const full = (patch: Record<string, unknown>) =>
    serializeParams(d.schema, parseParams(d.schema, serializeParams(d.schema, { ...base, ...patch })).params, true);
  const extreme = (end: 'min' | 'max') => {
    const patch: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(d.schema.fields as Record<string, Field>)) {
      if (field.kind === 'number') patch[name] = field[end];
      if (field.kind === 'list') patch[name] = field.default.map(() => field[end]);
    }
    return full(patch);
  };
  const out: [string, string][] = [['default', full({})]];
  for (const [name, patch] of Object.entries(d.scenes ?? {})) out.push([`scene ${name}`, full(patch as Record<string, unknown>)]);
  out.push(['all at min', extreme('min')], ['all at max', extreme('max')]);
  return out;
}

let browser: Browser;
let host: { server: Server; url: string };
const table: string[] = [];

beforeAll(async () => {
  browser = await sharedBrowser();
  host = await hostServer({
    '/': (url) => {
      const id = new URL(url, 'http://x').searchParams.get('id') ?? '';
      const ours = baseUrl();
      return [
        'text/html; charset=utf-8',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; frame-src ${ours}; style-src 'unsafe-inline'">
<style>body{margin:0}iframe{display:block;width:100%;height:3000px;border:0}</style></head>
<body><iframe src="${ours}/embed/${encodeURIComponent(id)}/?listen=1" title="figure"></iframe></body></html>`,
      ];
    },
  });
});

afterAll(async () => {
  await new Promise<void>((done) => host?.server.close(() => done()));
  console.log(
    `\nPhone-first, per figure and width (worst over its states): smallest text px · overlapping text pairs · small targets · sideways scroll\n${table.join('\n')}`,
  );
});

async function openAt(id: string, width: number): Promise<{ page: Page; frame: Frame }> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${host.url}/?id=${id}`);
  const frame = await (await page.locator('iframe').elementHandle())!.contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForSelector('[data-island][data-live="true"]', { timeout: 20_000 });
  await page.evaluate(() => {
    const w = window as unknown as { lastChange?: string };
    window.addEventListener('message', (e) => {
      if (e.data?.source === 'two-neurons' && e.data.type === 'change') w.lastChange = e.data.params;
    });
  });
  return { page, frame };
}

/** Put the frame's diagram in the state `query` and wait until it has drawn it. */
async function show(page: Page, frame: Frame, d: AnyDiagram, query: string, current: string): Promise<string> {
  const expected = canonical(d, query);
  if (expected !== current) {
    await page.evaluate((params) => {
      document.querySelector('iframe')!.contentWindow!.postMessage({ source: 'two-neurons', type: 'set', params }, '*');
    }, query);
    await page.waitForFunction((want) => (window as unknown as { lastChange?: string }).lastChange === want, expected, { timeout: 10_000 });
  }
  await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return expected;
}

describe('phone-first layout', () => {
  for (const id of diagramIds) {
    it(`${id}: text ≥ ${MIN_TEXT_PX} px, no overlaps, 24 px targets, no sideways scroll at ${WIDTHS.join(', ')} px`, async () => {
      const d = await def(id);
      const problems: string[] = [];
      const sizes: number[] = [];
      let overlapCount = 0;
      let scrolls = false;
      const row: string[] = [];
      // One page per figure; each width is the same page resized (the figure re-lays itself out as on a rotated phone).
      const { page, frame } = await openAt(id, WIDTHS[0]);
      let current = canonical(d, '');
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        let minPx = Infinity;
        // Each problem once per width, however many states show it.
        const seen = { text: new Set<string>(), overlap: new Set<string>(), target: new Set<string>(), scroll: new Set<string>() };
        const report = (kind: keyof typeof seen, key: string, message: string) => {
          if (seen[kind].has(key)) return;
          seen[kind].add(key);
          problems.push(message);
        };
        // Every state at the phone and desktop ends; between them, the default (npm test's 4-minute bar).
        const states = width === 360 || width === 1280 ? cases(d) : cases(d).slice(0, 1);
        for (const [name, query] of states) {
          current = await show(page, frame, d, query, current);
          const probe = await frame.evaluate(probeLayout);
          minPx = Math.min(minPx, probe.minTextPx);
          const at = `${width} px, ${name}`;
          if (probe.minTextPx < MIN_TEXT_PX) report('text', probe.minText, `${at}: text “${probe.minText}” at ${probe.minTextPx} px`);
          for (const o of probe.overlaps) report('overlap', o, `${at}: overlap ${o}`);
          for (const t of probe.smallTargets) report('target', t, `${at}: small target ${t}`);
          if (probe.overflowX) report('scroll', '', `${at}: the page scrolls sideways`);
        }
        sizes.push(minPx);
        overlapCount = Math.max(overlapCount, seen.overlap.size);
        scrolls ||= seen.scroll.size > 0;
        row.push(`${width}: ${minPx} px · ${seen.overlap.size} · ${seen.target.size}${seen.scroll.size ? ' · scrolls' : ''}`);
      }
      await page.context().close();
      table.push(`${id.padEnd(17)} ${row.join('   ')}`);
      const known = NOT_YET[id];
      if (!known) {
        expect(problems).toEqual([]);
        return;
      }
      const worst = Math.min(...sizes);
      expect(worst, `${id} got smaller text`).toBeGreaterThanOrEqual(known.px - 0.05);
      expect(overlapCount, `${id} gained overlaps`).toBeLessThanOrEqual(known.overlaps);
      if (!known.scrolls) expect(scrolls, `${id} now scrolls sideways`).toBe(false);
      expect(problems.length > 0, `${id} now meets the bar: take it off NOT_YET`).toBe(true);
    });
  }
});
