import type { ReactNode } from 'react';
import { useEssay } from './context';
import { Island } from './Island';

/** `<Cite id="a,b" />`: numbered links to the bibliography; the client adds a hover and focus card. */
export function Cite({ id }: { id: string }) {
  const essay = useEssay();
  const ids = id
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return (
    <span className="cite">
      [
      {ids.map((key, i) => {
        const n = essay.cite(key);
        return (
          <span key={key}>
            {i > 0 && ', '}
            {n === undefined ? (
              <span className="cite-missing">?</span>
            ) : (
              <a href={`#ref-${key}`} data-cite={key}>
                {n}
              </a>
            )}
          </span>
        );
      })}
      ]
    </span>
  );
}

/** `<Note>…</Note>`: an aside, numbered here and printed in the notes at the end. */
export function Note({ children }: { children: ReactNode }) {
  const n = useEssay().addNote(children);
  return (
    <sup className="note-ref" id={`noteref-${n}`}>
      <a href={`#note-${n}`} aria-label={`Note ${n}`}>
        {n}
      </a>
    </sup>
  );
}

/** Copy tools for a live figure, between its diagram and its caption: hidden in the static HTML, revealed by src/embed/figureTools.ts. */
function FigureTools({ n, title }: { n: number; title: string }) {
  return (
    <div className="figure-tools diagram-tools" role="group" aria-label={`Share figure ${n}`} data-figure-tools data-title={title} hidden>
      <button type="button" data-copy="iframe">
        Copy embed code
      </button>
      <button type="button" data-copy="element">
        Copy web component
      </button>
      <button type="button" data-copy="link">
        Copy link
      </button>
      <button type="button" data-save="svg">
        Save as SVG
      </button>
      <button type="button" data-save="png">
        Save as PNG
      </button>
      <label className="figure-tools-light">
        <input type="checkbox" data-save-light /> light, for print
      </label>
      <span className="figure-tools-status" role="status" data-copy-status />
    </div>
  );
}

function NumberedFigure({ id, params, caption, className }: { id: string; params?: string; caption: string; className: string }) {
  const essay = useEssay();
  const n = essay.nextFigure();
  const def = essay.diagrams.get(id);
  return (
    // The caption is the figure's last child: HTML allows a figcaption only first or last.
    <figure className={className} id={`figure-${n}`} data-figure={id}>
      <Island id={id} params={params} title={caption} />
      {def && <FigureTools n={n} title={def.title} />}
      <figcaption>
        <a className="figure-number" href={`#figure-${n}`}>
          Figure {n}.
        </a>{' '}
        {caption}
      </figcaption>
    </figure>
  );
}

/** `<Figure id="scale" params="…" caption="…" />`: a numbered figure holding one live diagram. */
export function Figure({ id, params, caption }: { id: string; params?: string; caption: string }) {
  return <NumberedFigure id={id} params={params} caption={caption} className="figure" />;
}

/** `<Scrolly id="…">` with `<Step scene="…">` children: a sticky figure whose scene follows the text. */
export function Scrolly({ id, params, caption, children }: { id: string; params?: string; caption: string; children: ReactNode }) {
  return (
    <div className="scrolly" data-scrolly={id}>
      <NumberedFigure id={id} params={params} caption={caption} className="figure scrolly-figure" />
      <div className="scrolly-steps">{children}</div>
    </div>
  );
}

/** One step of a scrolly: entering it sets the figure's scene. */
export function Step({ scene, children }: { scene: string; children: ReactNode }) {
  return (
    <div className="step" data-scene={scene}>
      {children}
    </div>
  );
}

/** The components MDX sections may use, and nothing else. */
export const mdxComponents = { Cite, Note, Figure, Scrolly, Step };
