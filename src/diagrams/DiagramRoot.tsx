import { useEffect, useId, useLayoutEffect, useMemo, useState } from 'react';
import { defaults, type ParamsOf, type Fields } from '../params/schema';
import { createParamsStore, type ParamsStore } from '../params/store';
import { DiagramContext, useSelect } from '../ui/live';
import type { AnyDiagram } from './types';

interface DiagramRootProps {
  def: AnyDiagram;
  /** The instance's store, owned by `mount()`… */
  store?: ParamsStore<ParamsOf<Fields>>;
  /** …or, on the server, the params (and notices) to render once. */
  initial?: ParamsOf<Fields>;
  notices?: string[];
  /** Called once the view is on the page (hydrated or rendered) and listening. */
  onReady?: () => void;
}

// useLayoutEffect warns on the server. Not imported from src/ui/useClientLayoutEffect: a module this chunk
// shared with the live hooks made the bundler move them into it, 0.5 KB more for every classic diagram.
const useClientLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The element every diagram lives in, on every page: it gives the view its
 * store (and its controls the store, by context), shows the notice for
 * settings it could not use, and carries `data-diagram="<id>"` around the
 * diagram's readouts.
 */
export function DiagramRoot({ def, store: given, initial, notices, onReady }: DiagramRootProps) {
  const [made] = useState(() => given ?? createParamsStore(def.schema, initial ?? defaults(def.schema), notices));
  const store = given ?? made;
  const uid = useId().replace(/:/g, '');
  const context = useMemo(() => ({ store, schema: def.schema, uid }), [store, def.schema, uid]);
  const shown = useSelect(store.notices, (n) => n.list);
  // The view's own effects ran first, so its live elements are subscribed before anyone outside hears of a change.
  useClientLayoutEffect(() => onReady?.(), []);

  const { View } = def;
  return (
    <div className="diagram" data-diagram={def.id} role="group" aria-labelledby={`${uid}-title`} aria-describedby={`${uid}-desc`}>
      <p className="sr-only" id={`${uid}-title`}>
        {def.title}
      </p>
      <p className="sr-only" id={`${uid}-desc`}>
        {def.description}
      </p>
      {shown.length > 0 && (
        <div className="diagram-notice" role="status">
          <p>Some settings were adjusted: {shown.join(' ')}</p>
          <button type="button" onClick={() => store.notices.replace({ list: [] })}>
            Dismiss
          </button>
        </div>
      )}
      <DiagramContext.Provider value={context}>
        <View store={store} uid={uid} />
      </DiagramContext.Provider>
    </div>
  );
}
