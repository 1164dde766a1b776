/**
 * The web component, one ES module (`/lib/two-neurons.js`):
 *
 *   <script type="module" src="https://…/lib/two-neurons.js"></script>
 *   <two-neurons-diagram name="linear-layer" params="n=2&k=3"></two-neurons-diagram>
 *
 * Each element mounts its diagram through `mount()` into a shadow root that
 * holds all its styles, so the host page's CSS and ours never meet. Setting
 * `params` replaces the state (missing keys take their defaults); every
 * change of state fires a `change` CustomEvent with detail
 * `{ id, params: query, values }`. Diagram code loads on demand from chunks
 * beside this module, wherever it is served from.
 */
import themeCss from '../ui/theme.css?inline';
import elementCss from './element.css?inline';
import { mount, type DiagramHandle } from '../mount';
import { isDiagramId, loadDiagram } from '../diagrams/registry';
import { defaults, MAX_QUERY_LENGTH, serializeParams } from '../params/schema';
import { remToVar } from './shadowCss';
import { ELEMENT_NAME, embedUrl } from './snippets';
import { keepInside } from './keepInside';
import { figureSvg, svgToPng } from './picture';

const diagramCss = import.meta.glob<string>('../diagrams/*/style.css', { query: '?inline', import: 'default', eager: true });
const CSS = remToVar([themeCss, ...Object.values(diagramCss), elementCss].join('\n'));
/** The essay's address: where this module is served from. */
const ORIGIN = new URL(import.meta.url).origin;

let sheet: CSSStyleSheet | undefined;
function styleInto(shadow: ShadowRoot): void {
  // A constructed sheet needs no 'unsafe-inline' in the host page's CSP; a <style> is the fallback.
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    sheet ??= new CSSStyleSheet();
    if (!sheet.cssRules.length) sheet.replaceSync(CSS);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = CSS;
    shadow.append(style);
  }
}

/** The attribute's params made whole: keys it lacks take their defaults, so setting it replaces the state. */
async function wholeParams(id: string, text: string): Promise<string> {
  const def = await loadDiagram(id);
  if (!def || text.length > MAX_QUERY_LENGTH) return text;
  const given = new URLSearchParams(text);
  const rest = new URLSearchParams(serializeParams(def.schema, defaults(def.schema), true));
  for (const key of [...rest.keys()]) if (given.has(key)) rest.delete(key);
  return [given.toString(), rest.toString()].filter(Boolean).join('&');
}

/** `<two-neurons-diagram name params>`: one live diagram in a shadow root. */
export class TwoNeuronsDiagram extends HTMLElement {
  static observedAttributes = ['name', 'params'];
  #shadow?: ShadowRoot;
  #slot?: HTMLElement;
  #handle?: DiagramHandle;
  #generation = 0;
  #lastQuery = '';
  #title = '';

  /** The diagram's state as a query string (non-default values only). */
  get query(): string {
    return this.#handle?.query() ?? '';
  }

  /** The diagram's current params, parsed. */
  get values(): Record<string, unknown> | undefined {
    const params = this.#handle?.params();
    return params ? structuredClone(params) : undefined;
  }

  /**
   * The diagram in its state now as a standalone SVG document (text), in the
   * page's theme or, with `light`, the light one; `undefined` until it has loaded.
   */
  toSVG({ light = false }: { light?: boolean } = {}): string | undefined {
    const root = this.#slot?.querySelector<HTMLElement>('[data-diagram]');
    const handle = this.#handle;
    if (!root || !handle) return undefined;
    const query = handle.query();
    const link = embedUrl({ origin: ORIGIN, id: handle.id, query });
    return figureSvg(root, { title: this.#title, state: query, link, theme: light ? 'light' : 'current' });
  }

  /** The same picture as a PNG at `scale` times its size (a host page's CSP must allow data: images). */
  async toPNG({ light = false, scale = 2 }: { light?: boolean; scale?: number } = {}): Promise<Blob | undefined> {
    const svg = this.toSVG({ light });
    return svg === undefined ? undefined : svgToPng(svg, Math.min(Math.max(Number(scale) || 2, 1), 4));
  }

  connectedCallback(): void {
    if (!this.#shadow) this.#build();
    void this.#start();
  }

  disconnectedCallback(): void {
    this.#generation++;
    this.#handle?.destroy();
    this.#handle = undefined;
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (!this.isConnected || !this.#shadow || old === value) return;
    if (name === 'name' || !this.#handle) void this.#start();
    else void this.#applyParams();
  }

  #build(): void {
    const shadow = this.attachShadow({ mode: 'open' });
    styleInto(shadow);
    keepInside(shadow);
    const root = document.createElement('div');
    root.className = 'tn-root';
    this.#slot = document.createElement('div');
    const credit = document.createElement('p');
    credit.className = 'tn-credit';
    const link = document.createElement('a');
    link.href = `${ORIGIN}/`;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = 'From the essay “Two Neurons”';
    credit.append(link);
    root.append(this.#slot, credit);
    shadow.append(root);
    this.#shadow = shadow;
  }

  async #start(): Promise<void> {
    const generation = ++this.#generation;
    this.#handle?.destroy();
    this.#handle = undefined;
    const target = document.createElement('div');
    this.#slot?.replaceChildren(target);
    const id = this.getAttribute('name') ?? '';
    if (!isDiagramId(id)) {
      target.textContent = 'This diagram is not available.';
      return;
    }
    const params = this.getAttribute('params') ?? '';
    this.#title = (await loadDiagram(id))?.title ?? id;
    const handle = await mount(target, id, params);
    if (!handle) return;
    if (generation !== this.#generation) {
      handle.destroy();
      return;
    }
    this.#handle = handle;
    this.#lastQuery = handle.query();
    handle.onChange((values, query) => {
      if (query === this.#lastQuery) return;
      this.#lastQuery = query;
      this.dispatchEvent(new CustomEvent('change', { bubbles: true, detail: { id, params: query, values: structuredClone(values) } }));
    });
    // The attribute may have changed while the diagram loaded.
    if ((this.getAttribute('params') ?? '') !== params) await this.#applyParams();
  }

  async #applyParams(): Promise<void> {
    const handle = this.#handle;
    if (!handle) return;
    const whole = await wholeParams(handle.id, this.getAttribute('params') ?? '');
    if (handle === this.#handle) handle.set(whole);
  }
}

if (!customElements.get(ELEMENT_NAME)) customElements.define(ELEMENT_NAME, TwoNeuronsDiagram);
