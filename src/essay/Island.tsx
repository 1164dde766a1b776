import { DiagramRoot } from '../diagrams/DiagramRoot';
import { parseParams } from '../params/schema';
import { useEssay } from './context';

/**
 * A figure's island: the diagram's first state as static HTML, which the
 * client wakes (hydrates) as it nears the viewport. A diagram that has not
 * been built yet shows a plain note instead.
 */
export function Island({ id, params = '', title }: { id: string; params?: string; title?: string }) {
  const def = useEssay().diagrams.get(id);
  if (!def) {
    return (
      <div className="island island-pending">
        <p>
          The interactive figure <strong>{title ?? id}</strong> is still being built; the text around it tells its story in the meantime.
        </p>
      </div>
    );
  }
  const { params: initial, notices } = parseParams(def.schema, params);
  return (
    <div className="island" data-island={id} data-params={params} data-ssr-params={params}>
      <DiagramRoot def={def} initial={initial} notices={notices} />
    </div>
  );
}
