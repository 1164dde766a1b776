/**
 * The embed page's life in a browser:
 *
 *   load ──► report height (ResizeObserver, from the prerendered HTML on; again on `measure`)
 *        ──► mount the diagram with the page's own query; write the URL as parsed
 *        ──► every change: post `change` to the host, and (debounced) replace the URL
 *        ──► with ?listen=1 only: accept `set` from the parent window, if wholly valid
 */
import { mount, type DiagramHandle } from '../mount';
import { loadDiagram } from '../diagrams/registry';
import { parseParams, type Schema } from '../params/schema';
import { settle } from '../ui/settle';
import { isMeasureMessage, SOURCE, setMessageParams, type ChangeMessage, type ResizeMessage } from './protocol';

/** How long the URL waits after the last change before it is replaced (ms). */
const URL_DELAY = 250;

function postToHost(message: ResizeMessage | ChangeMessage): void {
  // Heights and public params are no secret, and the host's origin is unknown: "*" is right here.
  if (window.parent !== window) window.parent.postMessage(message, '*');
}

/** Post the document's height to the host whenever it changes. */
export function reportHeight(id: string): void {
  let last = -1;
  const report = (): void => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    postToHost({ source: SOURCE, type: 'resize', id, height });
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
  // A host script that started late asks again; the answer changes nothing, so no `listen=1` is needed.
  window.addEventListener('message', (event) => {
    if (window.parent === window || event.source !== window.parent || !isMeasureMessage(event.data)) return;
    last = -1;
    report();
  });
}

/** The page's URL for a diagram query, keeping `listen` (a page setting, not the diagram's). */
export function pageUrl(query: string, listen: boolean): string {
  const search = [query, listen ? 'listen=1' : ''].filter(Boolean).join('&');
  return `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
}

function keepUrlAndHostInStep(handle: DiagramHandle, listen: boolean): void {
  let lastQuery = handle.query();
  const writeUrl = settle(URL_DELAY, () => window.history.replaceState(window.history.state, '', pageUrl(lastQuery, listen)));
  handle.onChange((_params, query) => {
    if (query === lastQuery) return;
    lastQuery = query;
    postToHost({ source: SOURCE, type: 'change', id: handle.id, params: query });
    writeUrl.poke();
  });
}

function listenToHost(handle: DiagramHandle, schema: Schema): void {
  window.addEventListener('message', (event) => {
    if (window.parent === window || event.source !== window.parent) return;
    const params = setMessageParams(event.data);
    // All or nothing: a set the schema cannot read in full (unknown keys, bad values) changes nothing.
    if (params === undefined || parseParams(schema, params, handle.params()).notices.length) return;
    handle.set(params);
  });
}

/** Wake the embed page's one diagram with the params in the page's own URL. */
export async function startEmbedPage(island: HTMLElement): Promise<void> {
  const id = island.dataset.island ?? '';
  reportHeight(id);
  const listen = new URLSearchParams(window.location.search).get('listen') === '1';
  const handle = await mount(island, id, window.location.search);
  if (!handle) return;
  // From the start the URL says what the diagram shows: unreadable settings are dropped, clamped ones written as used.
  const canonical = pageUrl(handle.query(), listen);
  if (canonical !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
    window.history.replaceState(window.history.state, '', canonical);
  keepUrlAndHostInStep(handle, listen);
  const def = await loadDiagram(id);
  if (listen && def) listenToHost(handle, def.schema);
}
