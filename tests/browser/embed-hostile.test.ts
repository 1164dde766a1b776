/**
 * Every registered diagram's embed page: with its defaults it shows the
 * diagram alone with a link to its figure in the essay; with hostile URLs (a
 * sample of tests/shared/hostile.ts, every one of which the unit contract
 * test renders on the server) it
 * renders the defaults or clamped values (its URL is rewritten to exactly
 * what the schema made of it), shows the notice when the schema had one,
 * raises no error, and injects no element.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { baseUrl, sharedBrowser } from './harness';
import { def, diagramIds } from './embed-helpers';
import { parseParams, serializeParams, type Field } from '../../src/params/schema';
import { browserQueries } from '../shared/hostile';

const browser = await sharedBrowser();
let essay = '';
/** Two pages in two contexts: two renderer processes, so both cores load iframes. */
const pages: Page[] = [];
const problems: string[] = [];

beforeAll(async () => {
  essay = await (await fetch(`${baseUrl()}/`)).text();
  for (let i = 0; i < 2; i++) {
    const page = await (await browser.newContext({ viewport: { width: 800, height: 800 } })).newPage();
    // Console messages and uncaught errors of the iframes arrive here too.
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    pages.push(page);
  }
});

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** What one embed page shows: its URL's query, its notice, its elements, and text that betrays a bad number. */
function inspect(frame: Frame) {
  return frame.evaluate(() => ({
    diagrams: document.querySelectorAll('[data-diagram]').length,
    chrome: document.querySelectorAll('.toc, .site-footer, .article, nav').length,
    essayLink: document.querySelector('.embed-credit a')?.getAttribute('href') ?? '',
    search: window.location.search,
    notice: document.querySelector('.diagram-notice')?.textContent ?? null,
    elements: ['script', 'img', 'iframe', 'object', 'embed', 'link', 'style'].map((tag) => `${tag}:${document.getElementsByTagName(tag).length}`).join(' '),
    handlers: document.querySelectorAll('[data-diagram] [onerror], [data-diagram] [onload], [data-diagram] a[href^="javascript"]').length,
    text: document.querySelector('[data-diagram]')?.textContent ?? '',
  }));
}

describe.each(diagramIds.map((id) => [id]))('/embed/%s/', (id) => {
  it('shows the diagram alone, links to it in the essay, and with hostile URLs renders defaults or clamps, shows the notice, injects and raises nothing', async () => {
    const d = await def(id);
    const fields = Object.keys(d.schema.fields as Record<string, Field>);
    const urls = [`${baseUrl()}/embed/${id}/`, ...browserQueries(fields).map((query) => `${baseUrl()}/embed/${id}/?${query}`)];
    problems.length = 0;
    // All the pages at once, each in its own iframe: far faster than one by one.
    const frames = (
      await Promise.all(
        pages.map(async (page, p) => {
          const mine = urls.map((url, i) => [url, i] as const).filter(([, i]) => i % pages.length === p);
          await page.setContent(mine.map(([url, i]) => `<iframe id="f${i}" src="${attr(url)}" width="400" height="200"></iframe>`).join(''));
          return Promise.all(
            mine.map(async ([, i]) => {
              const frame = (await (await page.waitForSelector(`#f${i}`)).contentFrame())!;
              // Generous: on a busy machine some thirty pages wake at once.
              await frame.waitForSelector('[data-island][data-live="true"]', { timeout: 90_000 });
              return [i, frame] as const;
            }),
          );
        }),
      )
    )
      .flat()
      .sort((a, b) => a[0] - b[0])
      .map(([, frame]) => frame);
    const baseline = await inspect(frames[0]);
    expect(baseline.diagrams).toBe(1);
    expect(baseline.chrome).toBe(0);
    expect(baseline.essayLink).toMatch(/^\/(#figure-\d+)?$/);
    if (baseline.essayLink !== '/') expect(essay).toMatch(new RegExp(`id="${baseline.essayLink.slice(2)}" data-figure="${id}"`));

    for (let i = 1; i < urls.length; i++) {
      const url = urls[i];
      // What the schema makes of the query as the browser sends it.
      const search = new URL(url).search;
      const parsed = parseParams(d.schema, search);
      const expected = [serializeParams(d.schema, parsed.params), new URLSearchParams(search).get('listen') === '1' ? 'listen=1' : '']
        .filter(Boolean)
        .join('&');
      const label = `${id} ${search.slice(0, 60)}`;
      const seen = await inspect(frames[i]);
      expect(seen.search, label).toBe(expected ? `?${expected}` : '');
      if (parsed.notices.length) expect(seen.notice, label).toContain(parsed.notices[0]);
      else expect(seen.notice, label).toBeNull();
      expect(seen.elements, label).toBe(baseline.elements);
      expect(seen.handlers, label).toBe(0);
      expect(seen.text, label).not.toMatch(/\bNaN\b|\bundefined\b|Infinity/);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
