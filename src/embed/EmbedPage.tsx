import { DiagramRoot } from '../diagrams/DiagramRoot';
import type { AnyDiagram } from '../diagrams/types';
import { defaults } from '../params/schema';

/** An embed page: the diagram alone, a title, and a small link back to the essay. */
export function EmbedPage({ def }: { def: AnyDiagram }) {
  return (
    <main className="embed">
      <h1 className="embed-title">{def.title}</h1>
      <div className="island" data-island={def.id} data-ssr-params="">
        <DiagramRoot def={def} initial={defaults(def.schema)} notices={[]} />
      </div>
      <p className="embed-credit">
        <a href="/" target="_blank" rel="noopener" data-essay-link>
          Open in the essay “Two Neurons”
        </a>
      </p>
    </main>
  );
}
