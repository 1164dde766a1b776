/**
 * A host page on another origin (127.0.0.1, another port) embeds two
 * diagrams by iframe and one by the web component, under a strict CSP of its
 * own: they render, fit their content, report their state, and shrug off
 * forged messages and hostile host CSS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Frame, Page } from 'playwright-core';
import { baseUrl, settled, sharedBrowser } from './harness';
import { alternateQuery, canonical, def, diagramIds, hostServer, readoutSubject } from './embed-helpers';

const browser = await sharedBrowser();
let host: { server: Server; url: string };
let subject: Awaited<ReturnType<typeof readoutSubject>>;
let idB: string;
let idC: string;
let queryB: string;
let queryC: string;

const amp = (text: string) => text.replace(/&/g, '&amp;');

function hostPage(body: string, css = ''): [string, string] {
  const ours = baseUrl();
  return [
    'text/html; charset=utf-8',
    `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${ours}; frame-src ${ours} 'self'; style-src 'self'">
<title>A course page</title>${css ? '<link rel="stylesheet" href="/host.css">' : ''}</head>
<body>${body}</body></html>`,
  ];
}

beforeAll(async () => {
  subject = await readoutSubject();
  idB = diagramIds.find((id) => id !== subject.id) ?? subject.id;
  idC = diagramIds[diagramIds.length - 1];
  queryB = alternateQuery(await def(idB));
  queryC = alternateQuery(await def(idC));
  const ours = baseUrl();
  host = await hostServer({
    '/': hostPage(`<h1>A course page</h1>
<iframe id="a" src="${ours}/embed/${subject.id}/?listen=1" title="Diagram A" width="100%" height="150"></iframe>
<p>Some text between.</p>
<iframe id="b" src="${amp(`${ours}/embed/${idB}/?${queryB}`)}" title="Diagram B" width="100%" height="150"></iframe>
<script src="${ours}/embed.js" async></script>
<script type="module" src="${ours}/lib/two-neurons.js"></script>
<two-neurons-diagram id="c" name="${idC}" params="${amp(queryC)}"></two-neurons-diagram>
<iframe id="evil" src="/evil" title="Not ours" width="300" height="50"></iframe>`),
    '/evil': hostPage('<p>evil</p>'),
    // The host script runs while the iframe is still on its initial about:blank (the test holds the iframe's page back).
    '/early': hostPage(`<iframe id="a" src="${ours}/embed/${subject.id}/" title="Diagram A" width="100%" height="150"></iframe>
<script src="${ours}/embed.js"></script>`),
    '/hostile': hostPage(
      `<p class="sr-only">host text</p><div class="diagram" id="host-diagram">host div</div>
<script type="module" src="${ours}/lib/two-neurons.js"></script>
<two-neurons-diagram id="one" name="${subject.id}"></two-neurons-diagram>
<two-neurons-diagram id="two" name="${subject.id}"></two-neurons-diagram>`,
      'hostile',
    ),
    '/host.css': [
      'text/css',
      `* { all: unset; }
html { font-size: 48px; }
body { font-size: 64px; line-height: 3; font-family: cursive; color: magenta; }
.diagram, svg, output, button { display: none !important; }
two-neurons-diagram { --tn-rem: 99px; }`,
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => host?.server.close(done));
});

interface Opened {
  page: Page;
  problems: string[];
  close: () => Promise<void>;
}

interface OpenHostOptions {
  /** Runs before the page loads (to route its requests). */
  prepare?: (page: Page) => Promise<unknown>;
  waitUntil?: 'load' | 'domcontentloaded';
}

async function openHost(path: string, { prepare, waitUntil = 'load' }: OpenHostOptions = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  const page = await context.newPage();
  await prepare?.(page);
  const problems: string[] = [];
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`${host.url}${path}`, { waitUntil });
  return { page, problems, close: () => context.close() };
}

async function frameLive(page: Page, selector: string): Promise<Frame> {
  const handle = await page.waitForSelector(selector);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`${selector} has no frame`);
  await frame.waitForSelector('[data-island][data-live="true"]', { timeout: 20_000 });
  return frame;
}

/** What a reader of the embed page sees, short enough to diff: readouts, notices, URL, and the size of each picture. */
function snapshot(frame: Frame) {
  return frame.evaluate(() => ({
    search: window.location.search,
    readouts: [...document.querySelectorAll('output[data-readout]')].map((o) => `${o.getAttribute('data-readout')}=${o.textContent}`),
    notices: document.querySelectorAll('.diagram-notice').length,
    pictures: [...document.querySelectorAll('[data-diagram] svg')].map((svg) => svg.outerHTML.length),
  }));
}

/** The iframe's height, the document height inside, and whether the inside scrolls. */
async function fitOf(page: Page, selector: string, frame: Frame) {
  const outer = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    height: Math.ceil(document.documentElement.getBoundingClientRect().height),
    scrolls:
      document.documentElement.scrollHeight > document.documentElement.clientHeight ||
      document.documentElement.scrollWidth > document.documentElement.clientWidth,
  }));
  return { outer, ...inner };
}

describe('a host page on another origin', () => {
  it('shows two iframes and a web component that render, fit their content and report their state', async () => {
    const { page, problems, close } = await openHost('/');
    const a = await frameLive(page, '#a');
    const b = await frameLive(page, '#b');
    // The iframes grow from 150 px to their content, with no scrollbar inside.
    for (const [selector, frame] of [
      ['#a', a],
      ['#b', b],
    ] as const) {
      await expect.poll(async () => (await fitOf(page, selector, frame)).outer, { timeout: 10_000 }).toBeGreaterThan(150);
      const fit = await fitOf(page, selector, frame);
      expect(fit.outer, selector).toBe(fit.height);
      expect(fit.scrolls, selector).toBe(false);
    }
    expect(await b.evaluate(() => window.location.search)).toBe(queryB ? `?${canonical(await def(idB), queryB)}` : '');
    // The web component renders in its shadow root, in the state of its attribute.
    await page.waitForSelector(`#c [data-diagram="${idC}"]`);
    expect(await page.locator('#c').evaluate((el) => (el as HTMLElement & { query: string }).query)).toBe(canonical(await def(idC), queryC));

    // A narrower page makes the iframes taller or shorter: they follow.
    await page.setViewportSize({ width: 420, height: 900 });
    await expect
      .poll(async () => {
        const fit = await fitOf(page, '#a', a);
        return fit.outer === fit.height && !fit.scrolls;
      })
      .toBe(true);

    // Reporting state: the host hears `two-neurons-change` from the iframe (via /embed.js) and `change` from the element.
    await page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      document.getElementById('a')!.addEventListener('two-neurons-change', (e) => seen.push(['a', (e as CustomEvent).detail]));
      document
        .getElementById('c')!
        .addEventListener('change', (e) =>
          seen.push(['c', (e as CustomEvent).detail.id, (e as CustomEvent).detail.params, typeof (e as CustomEvent).detail.values]),
        );
    });
    await page.evaluate(
      (query) => (document.getElementById('a') as HTMLIFrameElement).contentWindow!.postMessage({ source: 'two-neurons', type: 'set', params: query }, '*'),
      subject.query,
    );
    await page.evaluate(() => document.getElementById('c')!.setAttribute('params', ''));
    const seen = () => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
    await expect.poll(seen).toContainEqual(['a', { id: subject.id, params: canonical(await def(subject.id), subject.query) }]);
    if (queryC) await expect.poll(seen).toContainEqual(['c', idC, '', 'object']);
    await expect.poll(() => a.locator(`output[data-readout="${subject.name}"]`).textContent()).toBe(subject.after);
    await expect.poll(() => a.evaluate(() => window.location.search)).toBe(`?${canonical(await def(subject.id), subject.query)}&listen=1`);
    expect(problems).toEqual([]);
    await close();
  });

  it('ignores forged messages both ways, and applies a valid set only with listen=1', async () => {
    const { page, problems, close } = await openHost('/');
    const a = await frameLive(page, '#a');
    const b = await frameLive(page, '#b');
    await expect.poll(async () => (await fitOf(page, '#a', a)).outer).toBeGreaterThan(150);
    const heights = () => page.evaluate(() => ['a', 'b'].map((id) => document.getElementById(id)!.style.height));
    const state = async () => ({ heights: await heights(), a: await snapshot(a), b: await snapshot(b), aUrl: a.url(), bUrl: b.url() });
    // Let the diagrams settle (the state from the URL is applied just after hydration, then heights are reported).
    const before = await settled(state);
    const elements = () => page.evaluate(() => document.querySelectorAll('script, img, iframe').length);
    const count = await elements();
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const huge = 'x'.repeat(200_000);

    // To the embed pages, from their parent: wrong source, wrong shape, huge, markup, and `set` to B without listen=1.
    const toFrames: unknown[] = [
      { source: 'evil', type: 'set', params: subject.query },
      { source: 'two-neurons', type: 'sett', params: subject.query },
      { source: 'two-neurons', type: 'set', params: 42 },
      { source: 'two-neurons', type: 'set', params: [subject.query] },
      { source: 'two-neurons', type: 'set', params: huge },
      { source: 'two-neurons', type: 'set', params: { [huge]: 1 } },
      { source: 'two-neurons', type: 'set', params: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i])) },
      { source: 'two-neurons', type: 'set', params: `${subject.query}&zz=${encodeURIComponent(markup)}` },
      { source: 'two-neurons', type: 'set', params: Object.fromEntries(Object.keys((await def(subject.id)).schema.fields).map((k) => [k, markup])) },
      { source: 'two-neurons', type: 'set', params: { __proto__: { polluted: 1 }, constructor: markup } },
      JSON.stringify({ source: 'two-neurons', type: 'set', params: subject.query }),
      markup,
      null,
    ];
    await page.evaluate((messages) => {
      const post = (id: string, data: unknown) => (document.getElementById(id) as HTMLIFrameElement).contentWindow!.postMessage(data, '*');
      for (const data of messages) post('a', data);
      for (const data of messages) post('b', data);
    }, toFrames);
    await page.evaluate(
      (query) => (document.getElementById('b') as HTMLIFrameElement).contentWindow!.postMessage({ source: 'two-neurons', type: 'set', params: query }, '*'),
      alternateQuery(await def(idB)) || 'zz=1',
    );
    // To the embed page, from itself rather than its parent.
    await a.evaluate((query) => window.postMessage({ source: 'two-neurons', type: 'set', params: query }, '*'), subject.query);

    // To the host script: from the host page itself, from an iframe of another origin, and malformed ones from a real embed.
    await page.evaluate((id) => window.postMessage({ source: 'two-neurons', type: 'resize', id, height: 5 }, '*'), subject.id);
    await page.frame({ url: /\/evil$/ })!.evaluate((id) => parent.postMessage({ source: 'two-neurons', type: 'resize', id, height: 7 }, '*'), subject.id);
    await a.evaluate(
      ({ id, huge }) => {
        for (const data of [
          { source: 'two-neurons', type: 'resize', id, height: 1e9 },
          { source: 'two-neurons', type: 'resize', id, height: '9px' },
          { source: 'two-neurons', type: 'resize', id, height: -9 },
          { source: 'two-neurons', type: 'resize', id: 'someone-else', height: 9 },
          { source: 'two-neurons', type: 'resize', id: `${id}<img src=x>`, height: 9 },
          { source: 'two-neurons', type: 'change', id, params: huge },
          { source: 'two-neurons', type: 'resize', id, height: 11, extra: huge },
        ])
          parent.postMessage(data, '*');
      },
      { id: subject.id, huge },
    );
    await page.waitForTimeout(400);

    expect(await state()).toEqual(before);
    expect(await elements()).toBe(count);
    expect(problems).toEqual([]);

    // Now a valid set to A (listen=1) changes its readout.
    await page.evaluate(
      (query) => (document.getElementById('a') as HTMLIFrameElement).contentWindow!.postMessage({ source: 'two-neurons', type: 'set', params: query }, '*'),
      subject.query,
    );
    await expect.poll(() => a.locator(`output[data-readout="${subject.name}"]`).textContent()).toBe(subject.after);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('the host script, before its iframes have loaded', () => {
  it('waits for their own height report instead of posting to a blank frame', async () => {
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    const hold = (page: Page) =>
      page.route(`${baseUrl()}/embed/${subject.id}/`, async (route) => {
        await held;
        await route.continue();
      });
    // Not 'load': that waits for the iframe, which is held back.
    const { page, problems, close } = await openHost('/early', { prepare: hold, waitUntil: 'domcontentloaded' });
    // embed.js has run (it is a blocking script) while the iframe's page is held back.
    await page.waitForFunction(() => document.getElementById('a')!.style.display === 'block');
    await page.waitForTimeout(200);
    release();
    const a = await frameLive(page, '#a');
    await expect.poll(async () => (await fitOf(page, '#a', a)).outer).toBeGreaterThan(150);
    const fit = await fitOf(page, '#a', a);
    expect(fit.scrolls).toBe(false);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('the web component', () => {
  it('survives hostile host CSS, keeps its styles to itself, and two instances keep separate states', async () => {
    const { page, problems, close } = await openHost('/hostile');
    for (const id of ['#one', '#two']) await page.waitForSelector(`${id} [data-live="true"] [data-diagram="${subject.id}"]`);
    const one = page.locator(`#one output[data-readout="${subject.name}"]`);
    const two = page.locator(`#two output[data-readout="${subject.name}"]`);
    expect(await one.textContent()).toBe(subject.before);
    // Visible, at our sizes, despite `* { all: unset }`, 48 px rem, 64 px body text and `display: none !important` on our class names.
    const look = await page.locator('#one').evaluate((host) => {
      const root = host.shadowRoot!;
      const svg = root.querySelector('svg');
      const diagram = root.querySelector<HTMLElement>('.diagram')!;
      const output = root.querySelector('output')!;
      return {
        svgWidth: svg?.getBoundingClientRect().width ?? 400,
        svgHeight: svg?.getBoundingClientRect().height ?? 100,
        diagramDisplay: getComputedStyle(diagram).display,
        fontSize: parseFloat(getComputedStyle(diagram).fontSize),
        fontFamily: getComputedStyle(diagram).fontFamily,
        outputVisible: output.getBoundingClientRect().height > 0,
      };
    });
    expect(look.diagramDisplay).toBe('block');
    expect(look.svgWidth).toBeGreaterThan(200);
    expect(look.svgHeight).toBeGreaterThan(50);
    expect(look.fontSize).toBeGreaterThan(10);
    expect(look.fontSize).toBeLessThan(20);
    expect(look.fontFamily).not.toContain('cursive');
    expect(look.outputVisible).toBe(true);
    // Our rules do not reach the host's own elements that share our class names.
    const hostDiagram = await page.locator('#host-diagram').evaluate((el) => getComputedStyle(el).position);
    expect(hostDiagram).toBe('static');

    // Two instances: changing one leaves the other as it was.
    await page.locator('#one').evaluate((el, query) => el.setAttribute('params', query), subject.query);
    await expect.poll(() => one.textContent()).toBe(subject.after);
    expect(await two.textContent()).toBe(subject.before);
    // A hostile attribute is read through the schema: notice, defaults, nothing injected.
    await page.locator('#two').evaluate((el) => el.setAttribute('params', `${Object.keys({}).join('')}zz=<img src=x onerror=alert(1)>&x=%3Cscript%3E`));
    await expect.poll(() => page.locator('#two .diagram-notice').count()).toBe(1);
    expect(await page.locator('#two img, #two script').count()).toBe(0);
    expect(await one.textContent()).toBe(subject.after);
    expect(problems).toEqual([]);
    await close();
  });
});
