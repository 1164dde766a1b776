import { DiagramRoot } from '../diagrams/DiagramRoot';
import type { AnyDiagram } from '../diagrams/types';
import { defaults } from '../params/schema';

/**
 * An embed page: the diagram alone, its title, and a small link to the essay
 * at the figure that shows it (`essayHref`, e.g. "/#figure-3").
 */
export function EmbedPage({ def, essayHref }: { def: AnyDiagram; essayHref: string }) {
  return (
    <main className="embed" aria-label={def.title}>
      <h1 className="embed-title">{def.title}</h1>
      <div className="island" data-island={def.id} data-ssr-params="">
        <DiagramRoot def={def} initial={defaults(def.schema)} notices={[]} />
      </div>
      <p className="embed-credit">
        <a href={essayHref} target="_blank" rel="noopener">
          Open in the essay “Two Neurons”<span className="sr-only"> (opens in a new tab)</span>
        </a>
      </p>
    </main>
  );
}
