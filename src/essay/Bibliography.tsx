import type { EssayState } from './context';

/** A cited work, as `content/references.ts` lists it. */
export interface Reference {
  authors: string;
  year: number;
  title: string;
  venue: string;
  doi?: string;
  url?: string;
  /** PubMed id, for works without a DOI. */
  pmid?: string;
}

/** The stable link for a reference: its DOI when it has one, else its URL, else its PubMed record. */
export function referenceLink(ref: Reference): string | undefined {
  if (ref.doi) return `https://doi.org/${ref.doi}`;
  if (ref.url) return ref.url;
  return ref.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/` : undefined;
}

/** The numbered reference list, in order of first citation. */
export function Bibliography({ references, state }: { references: Record<string, Reference>; state: EssayState }) {
  const order = state.citedInOrder();
  return (
    <section className="bibliography" aria-labelledby="references">
      <h2 id="references">References</h2>
      <ol>
        {order.map((key) => {
          const ref = references[key];
          if (!ref) return null;
          const link = referenceLink(ref);
          return (
            <li key={key} id={`ref-${key}`} data-ref={key}>
              <span className="ref-authors">{ref.authors}</span> ({ref.year}). <span className="ref-title">{ref.title}</span>.{' '}
              <span className="ref-venue">{ref.venue}</span>.
              {link && (
                <>
                  {' '}
                  <a href={link} rel="noopener">
                    {ref.doi ? `doi:${ref.doi}` : ref.url ? link.replace(/^https?:\/\//, '') : `PMID ${ref.pmid}`}
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
