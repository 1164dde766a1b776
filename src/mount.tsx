import { startTransition } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { DiagramRoot } from './diagrams/DiagramRoot';
import { loadDiagram } from './diagrams/registry';
import { parseParams, serializeParams, type Fields, type ParamsInput, type ParamsOf } from './params/schema';
import { createParamsStore } from './params/store';

/** What a page gets back from `mount`: read and steer one live diagram. */
export interface DiagramHandle {
  id: string;
  /** The current params. */
  params(): ParamsOf<Fields>;
  /** The current params as a query string (only the non-default ones). */
  query(): string;
  /** Set params from any outside input, through the schema; returns the notices. */
  set(input: ParamsInput): string[];
  /** Apply a named scene (a params patch); false when the diagram has no such scene. */
  scene(name: string): boolean;
  /** Listen to every change of params; returns an unsubscribe function. */
  onChange(listener: (params: ParamsOf<Fields>, query: string) => void): () => void;
  /** Unmount and clean up. */
  destroy(): void;
}

/**
 * Mount diagram `id` into `element` with `params` — the one way every page
 * (essay, embed page, web component) brings a diagram to life. It owns the
 * instance's params store: the view reads it, and the page (the URL, a host,
 * the web component's `change` event) observes it through the handle.
 *
 * If `element` holds this diagram's prerendered HTML (it carries
 * `data-ssr-params`, the query it was rendered with), React hydrates it with
 * those same params, so nothing shifts; different params are applied right
 * after. Resolves to undefined, with a polite message in the element, for an
 * unknown id.
 */
export async function mount(element: HTMLElement, id: string, params: ParamsInput = ''): Promise<DiagramHandle | undefined> {
  const def = await loadDiagram(id);
  if (!def) {
    element.textContent = 'This diagram is not available.';
    return undefined;
  }
  const schema = def.schema;
  const wanted = parseParams(schema, params);
  const ssrQuery = element.dataset.ssrParams;
  const hydrating = ssrQuery !== undefined && element.querySelector(`[data-diagram="${def.id}"]`) !== null;
  const first = hydrating ? parseParams(schema, ssrQuery) : wanted;
  const store = createParamsStore(schema, first.params, first.notices);

  let root!: Root;
  await new Promise<void>((ready) => {
    const tree = <DiagramRoot def={def} store={store} onReady={ready} />;
    if (hydrating) {
      // Hydrated as a transition: React then works in slices of a few milliseconds and lets the browser
      // answer in between, instead of one task as long as the whole figure (on a phone, hundreds of ms).
      startTransition(() => {
        root = hydrateRoot(element, tree);
      });
    } else {
      element.replaceChildren();
      root = createRoot(element);
      root.render(tree);
    }
  });
  if (hydrating && (serializeParams(schema, first.params, true) !== serializeParams(schema, wanted.params, true) || wanted.notices.length)) {
    store.replace(wanted.params, wanted.notices);
  }
  delete element.dataset.ssrParams;
  element.dataset.live = 'true';

  return {
    id: def.id,
    params: store.get,
    query: () => serializeParams(schema, store.get()),
    set(input) {
      const parsed = parseParams(schema, input, store.get());
      store.replace(parsed.params, parsed.notices.length ? parsed.notices : undefined);
      return parsed.notices;
    },
    scene(name) {
      const scenes = def.scenes;
      if (!scenes || !Object.prototype.hasOwnProperty.call(scenes, name)) return false;
      store.set(scenes[name]!);
      return true;
    },
    onChange: (listener) => store.observe(() => listener(store.get(), serializeParams(schema, store.get()))),
    destroy() {
      root.unmount();
    },
  };
}
