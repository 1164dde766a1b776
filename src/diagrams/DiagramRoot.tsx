import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { ParamsOf, Fields } from '../params/schema';
import type { AnyDiagram } from './types';

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

// useLayoutEffect warns on the server; the bridge only matters in a browser.
const useClientLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The element every diagram lives in, on every page: it holds the params
 * state, shows the notice for settings it could not use, and carries
 * `data-diagram="<id>"` around the diagram's readouts.
 */
export function DiagramRoot({ def, initial, notices: initialNotices, bridge }: DiagramRootProps) {
  const [params, setParams] = useState(initial);
  const [notices, setNotices] = useState(initialNotices);
  const uid = useId().replace(/:/g, '');
  const first = useRef(true);

  const set = useCallback((patch: Partial<ParamsOf<Fields>>) => setParams((old) => ({ ...old, ...patch })), []);

  useClientLayoutEffect(() => {
    if (!bridge) return;
    bridge.apply = (next, nextNotices) => {
      setParams(next);
      if (nextNotices) setNotices(nextNotices);
    };
    return () => {
      bridge.apply = undefined;
    };
  }, [bridge]);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    bridge?.changed?.(params);
  }, [params, bridge]);

  const View = def.View;
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
      <View params={params} set={set} uid={uid} />
    </div>
  );
}
