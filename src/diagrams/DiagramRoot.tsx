import { useCallback, useEffect, useId, useLayoutEffect, useState, useSyncExternalStore, type ComponentType } from 'react';
import type { ParamsOf, Fields } from '../params/schema';
import type { AnyDiagram, DiagramViewProps } from './types';
import { createParamsStore, type ParamsStore } from './store';

/** How the page around a diagram talks to it after it has mounted. */
export interface DiagramBridge {
  /** Set by the root once mounted: replace params (already parsed) and notices. */
  apply?: (params: ParamsOf<Fields>, notices?: string[]) => void;
  /** Called after every change of params, whoever made it. */
  changed?: (params: ParamsOf<Fields>) => void;
}

interface DiagramRootProps {
  def: AnyDiagram;
  initial: ParamsOf<Fields>;
  notices: string[];
  bridge?: DiagramBridge;
}

// useLayoutEffect warns on the server. Not imported from src/ui/useClientLayoutEffect: a module this chunk
// shared with the live hooks made the bundler move them into it, 0.5 KB more for every classic diagram.
const useClientLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The element every diagram lives in, on every page: it holds the params
 * store, shows the notice for settings it could not use, and carries
 * `data-diagram="<id>"` around the diagram's readouts.
 */
export function DiagramRoot({ def, initial, notices: initialNotices, bridge }: DiagramRootProps) {
  const [store] = useState(() => createParamsStore(initial));
  const [notices, setNotices] = useState(initialNotices);
  const uid = useId().replace(/:/g, '');

  useClientLayoutEffect(() => {
    if (!bridge) return;
    bridge.apply = (next, nextNotices) => {
      store.replace(next);
      if (nextNotices) setNotices(nextNotices);
    };
    // Subscribed after the view's live elements (children's effects run first), so they are written when a page hears of the change.
    const unsubscribe = store.subscribe(() => bridge.changed?.(store.get()));
    return () => {
      bridge.apply = undefined;
      unsubscribe();
    };
  }, [bridge, store]);

  const { View, LiveView } = def;
  return (
    <div className="diagram" data-diagram={def.id} role="group" aria-labelledby={`${uid}-title`} aria-describedby={`${uid}-desc`}>
      <p className="sr-only" id={`${uid}-title`}>
        {def.title}
      </p>
      <p className="sr-only" id={`${uid}-desc`}>
        {def.description}
      </p>
      {notices.length > 0 && (
        <div className="diagram-notice" role="status">
          <p>Some settings were adjusted: {notices.join(' ')}</p>
          <button type="button" onClick={() => setNotices([])}>
            Dismiss
          </button>
        </div>
      )}
      {LiveView ? <LiveView store={store} uid={uid} /> : View ? <Rerendered View={View} store={store} uid={uid} /> : null}
    </div>
  );
}

/** A view that takes its params as props: rendered again with every change. */
function Rerendered({ View, store, uid }: { View: ComponentType<DiagramViewProps<ParamsOf<Fields>>>; store: ParamsStore<ParamsOf<Fields>>; uid: string }) {
  const params = useSyncExternalStore(store.subscribe, store.get, store.get);
  const set = useCallback((patch: Partial<ParamsOf<Fields>>) => store.set(patch), [store]);
  return <View params={params} set={set} uid={uid} />;
}
