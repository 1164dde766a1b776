import { startTransition } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { DiagramRoot, type DiagramBridge } from './diagrams/DiagramRoot';
import { loadDiagram } from './diagrams/registry';
import { parseParams, serializeParams, type Fields, type ParamsInput, type ParamsOf } from './params/schema';

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
 * (essay, embed page, web component) brings a diagram to life.
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
  const bridge: DiagramBridge = {};
  let current = wanted.params;
  const listeners = new Set<(params: ParamsOf<Fields>, query: string) => void>();
  bridge.changed = (next) => {
    current = next;
    const query = serializeParams(schema, next);
    for (const listener of listeners) listener(next, query);
  };

  const ssrQuery = element.dataset.ssrParams;
  let root: Root;
  if (ssrQuery !== undefined && element.querySelector(`[data-diagram="${def.id}"]`)) {
    const rendered = parseParams(schema, ssrQuery);
    // Hydrated as a transition: React then works in slices of a few milliseconds and lets the browser
    // answer in between, instead of one task as long as the whole figure (on a phone, hundreds of ms).
    let hydrated: Root | undefined;
    startTransition(() => {
      hydrated = hydrateRoot(element, <DiagramRoot def={def} initial={rendered.params} notices={rendered.notices} bridge={bridge} />);
    });
    root = hydrated!;
    await whenReady(bridge);
    if (serializeParams(schema, rendered.params, true) !== serializeParams(schema, wanted.params, true) || wanted.notices.length) {
      bridge.apply?.(wanted.params, wanted.notices);
    }
  } else {
    element.replaceChildren();
    root = createRoot(element);
    root.render(<DiagramRoot def={def} initial={wanted.params} notices={wanted.notices} bridge={bridge} />);
    await whenReady(bridge);
  }
  delete element.dataset.ssrParams;
  element.dataset.live = 'true';

  return {
    id: def.id,
    params: () => current,
    query: () => serializeParams(schema, current),
    set(input) {
      const parsed = parseParams(schema, input, current);
      current = parsed.params;
      bridge.apply?.(parsed.params, parsed.notices.length ? parsed.notices : undefined);
      return parsed.notices;
    },
    scene(name) {
      const scenes = def.scenes;
      if (!scenes || !Object.prototype.hasOwnProperty.call(scenes, name)) return false;
      current = { ...current, ...scenes[name] };
      bridge.apply?.(current);
      return true;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      listeners.clear();
      root.unmount();
    },
  };
}

function whenReady(bridge: DiagramBridge): Promise<void> {
  return new Promise((resolve) => {
    // A timer, not requestAnimationFrame: an off-screen iframe may get no frames at all.
    const check = () => (bridge.apply ? resolve() : setTimeout(check, 8));
    check();
  });
}
