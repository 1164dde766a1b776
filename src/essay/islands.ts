/**
 * Islands: each figure's prerendered diagram wakes when it nears the viewport.
 *
 *   static HTML ──(within 600px of the viewport)──► loading ──► live (DiagramHandle)
 *
 * Scenes asked for before a figure is live are kept and applied once it is.
 * React and the diagram's code load only on the first wake.
 */
import type { DiagramHandle } from '../mount';

interface IslandState {
  handle?: DiagramHandle;
  pendingScene?: string;
  loading?: Promise<DiagramHandle | undefined>;
}

const islands = new WeakMap<HTMLElement, IslandState>();
const listeners = new Set<(island: HTMLElement, handle: DiagramHandle) => void>();

function stateOf(island: HTMLElement): IslandState {
  let state = islands.get(island);
  if (!state) {
    state = {};
    islands.set(island, state);
  }
  return state;
}

/** Wake one island now (idempotent). */
export function wake(island: HTMLElement): Promise<DiagramHandle | undefined> {
  const state = stateOf(island);
  if (state.loading) return state.loading;
  const id = island.dataset.island ?? '';
  state.loading = import('../mount').then(async ({ mount }) => {
    const handle = await mount(island, id, island.dataset.params ?? '');
    if (!handle) return undefined;
    state.handle = handle;
    if (state.pendingScene) applyScene(island, handle, state.pendingScene);
    for (const listener of listeners) listener(island, handle);
    return handle;
  });
  return state.loading;
}

function applyScene(island: HTMLElement, handle: DiagramHandle, scene: string): void {
  // The attribute records the scene shown, for styles and tests.
  if (handle.scene(scene)) island.dataset.scene = scene;
}

/** Ask an island for a scene: now if it is live, or as soon as it wakes. */
export function showScene(island: HTMLElement, scene: string): void {
  const state = stateOf(island);
  if (state.handle) applyScene(island, state.handle, scene);
  else {
    state.pendingScene = scene;
    void wake(island);
  }
}

/** Be told whenever an island comes alive. */
export function onIslandLive(listener: (island: HTMLElement, handle: DiagramHandle) => void): void {
  listeners.add(listener);
}

/** The live handle of an island, if it has woken. */
export function handleOf(island: HTMLElement): DiagramHandle | undefined {
  return islands.get(island)?.handle;
}

/** Watch every island on the page and wake each as it nears the viewport. */
export function watchIslands(root: ParentNode = document): void {
  const all = [...root.querySelectorAll<HTMLElement>('[data-island]')];
  if (!('IntersectionObserver' in window)) {
    all.forEach((island) => void wake(island));
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void wake(entry.target as HTMLElement);
      }
    },
    { rootMargin: '600px 0px' },
  );
  all.forEach((island) => observer.observe(island));
}
