import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

// One MediaQueryList for the page, made on first use: reading `.matches` is
// then a property read, cheap enough for every render of a scrubbed diagram.
let list: MediaQueryList | undefined;
function mediaList(): MediaQueryList | undefined {
  if (typeof window === 'undefined' || !window.matchMedia) return undefined;
  list ??= window.matchMedia(QUERY);
  return list;
}

function subscribe(onChange: () => void): () => void {
  const media = mediaList();
  if (!media) return () => {};
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** True when the reader asked for reduced motion; false on the server. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => mediaList()?.matches ?? false,
    () => false,
  );
}
