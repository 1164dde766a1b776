import type { ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import { EssayContext, type EssayState } from './context';
import { mdxComponents } from './mdx';
import { Bibliography, type Reference } from './Bibliography';

/** One section module from `content/`: its MDX component and its meta. */
export interface SectionModule {
  default: ComponentType<{ components?: MDXComponents }>;
  meta: { id: string; title: string };
}

export interface EssayInfo {
  title: string;
  subtitle: string;
  summary: string;
  date: string;
  authors: string[];
}

interface EssayProps {
  info: EssayInfo;
  sections: SectionModule[];
  references: Record<string, Reference>;
  state: EssayState;
}

function formatDate(iso: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The whole article, rendered once at build time to static HTML. */
export function Essay({ info, sections, references, state }: EssayProps) {
  return (
    <EssayContext.Provider value={state}>
      <div className="progress" aria-hidden="true">
        <div className="progress-bar" />
      </div>
      <a className="skip-link" href="#article">
        Skip to the article
      </a>
      <header className="title-block">
        <p className="kicker">An interactive essay</p>
        <h1>{info.title}</h1>
        <p className="subtitle">{info.subtitle}</p>
        <p className="summary">{info.summary}</p>
        <p className="byline">
          {info.authors.join(', ')} · <time dateTime={info.date}>{formatDate(info.date)}</time>
        </p>
      </header>
      <nav className="toc" aria-labelledby="toc-title">
        <h2 id="toc-title">Contents</h2>
        <ol>
          {sections.map((section) => (
            <li key={section.meta.id}>
              <a href={`#${section.meta.id}`}>{section.meta.title}</a>
            </li>
          ))}
          <li>
            <a href="#references">References</a>
          </li>
        </ol>
      </nav>
      <main id="article" className="article">
        {sections.map((section, i) => {
          const Content = section.default;
          return (
            <section key={section.meta.id} className="section" aria-labelledby={section.meta.id}>
              <h2 id={section.meta.id}>
                <span className="section-number">{i + 1}</span> {section.meta.title}
                <a className="anchor" href={`#${section.meta.id}`} aria-label={`Link to the section “${section.meta.title}”`}>
                  #
                </a>
              </h2>
              <Content components={mdxComponents as MDXComponents} />
            </section>
          );
        })}
        <Notes state={state} />
        {/* Reads the citation order while rendering, after the sections have cited. */}
        <Bibliography references={references} state={state} />
      </main>
      <footer className="site-footer">
        <p>
          Every figure can be embedded in your own page: see the <a href="/embed/">gallery of diagrams</a>.
        </p>
      </footer>
    </EssayContext.Provider>
  );
}

function Notes({ state }: { state: EssayState }) {
  if (state.notes.length === 0) return null;
  return (
    <section className="notes" aria-labelledby="notes">
      <h2 id="notes">Notes</h2>
      <ol>
        {state.notes.map((note, i) => (
          <li key={i} id={`note-${i + 1}`}>
            {note}{' '}
            <a href={`#noteref-${i + 1}`} aria-label={`Back to the text of note ${i + 1}`}>
              ↩
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
