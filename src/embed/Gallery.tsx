import type { AnyDiagram } from '../diagrams/types';
import { exampleQuery, paramRows } from './paramRows';
import { ELEMENT_NAME, elementSnippet, HOST_SCRIPT_PATH, iframeSnippet } from './snippets';

/** One diagram as the gallery shows it. */
export interface GalleryEntry {
  def: AnyDiagram;
  /** Where the essay shows it ("/#figure-3"). */
  essayHref: string;
  /** Its readout names with the defaults. */
  readouts: string[];
}

const COLUMNS = ['type', 'range or choices', 'default', 'meaning'] as const;

/**
 * The parameter table. Phones stack its rows as cards (embed.css); the table
 * keeps its native semantics there, without ARIA roles on its parts, which the
 * HTML standard forbids on the rows and cells of a plain table (the gallery
 * test checks the accessibility tree at a phone's width).
 */
function ParamTable({ def }: { def: AnyDiagram }) {
  return (
    <div className="table-scroll" role="region" aria-label={`Parameters of ${def.title}`} tabIndex={0}>
      <table className="param-table">
        <thead>
          <tr>
            <th scope="col">name</th>
            {COLUMNS.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {paramRows(def.schema).map((row) => (
            <tr key={row.name}>
              <th scope="row">
                <code>{row.name}</code>
              </th>
              <td data-label="type">{row.type}</td>
              <td data-label="range">{row.range}</td>
              <td data-label="default">
                <code>{row.default || '(empty)'}</code>
              </td>
              <td data-label="meaning">{row.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Builder({ def, origin }: { def: AnyDiagram; origin: string }) {
  const id = def.id;
  const target = { origin, id, query: '', title: def.title };
  const example = exampleQuery(def);
  return (
    <div className="builder" data-builder={id}>
      <div className="builder-query" data-needs-js hidden>
        <label htmlFor={`query-${id}`}>
          Settings, as a query
          {example && (
            <>
              {' '}
              (try <code>{example}</code>)
            </>
          )}
        </label>
        <input
          id={`query-${id}`}
          type="text"
          data-builder-query
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          placeholder={example || 'defaults'}
        />
        <p className="builder-notices" role="status" data-builder-notices />
      </div>
      {(['iframe', 'element'] as const).map((kind) => (
        <div className="snippet" key={kind}>
          <label htmlFor={`snippet-${kind}-${id}`}>
            {kind === 'iframe' ? 'Iframe, sized to its content by a small script' : `Web component <${ELEMENT_NAME}>`}
          </label>
          <textarea
            id={`snippet-${kind}-${id}`}
            data-snippet={kind}
            readOnly
            rows={kind === 'iframe' ? 4 : 3}
            spellCheck={false}
            defaultValue={kind === 'iframe' ? iframeSnippet(target) : elementSnippet(target)}
          />
          <button type="button" data-copy-snippet={kind} data-needs-js hidden>
            Copy {kind === 'iframe' ? 'iframe code' : 'web component code'}
          </button>
        </div>
      ))}
      <div className="builder-picture" data-needs-js hidden>
        <button type="button" data-save="svg">
          Save the preview as SVG
        </button>
        <button type="button" data-save="png">
          Save as PNG
        </button>
        <label>
          <input type="checkbox" data-save-light /> light, for print
        </label>
      </div>
      <p className="copy-status" role="status" data-copy-status />
    </div>
  );
}

/** `/embed/`: every diagram with a live preview, its parameters and a snippet builder. */
export function Gallery({ entries, origin }: { entries: GalleryEntry[]; origin: string }) {
  return (
    <main className="gallery" data-gallery>
      <header className="gallery-head">
        <h1>Embed a diagram from “Two Neurons”</h1>
        <p>
          Every diagram of the <a href="/">essay</a> can live in your own page, in the state you choose. Pick a diagram, type its settings, and copy one of two
          snippets: an <strong>iframe</strong> (the safest: our page runs in its own box; the script <code>{HOST_SCRIPT_PATH}</code> sizes it to its content),
          or the <strong>web component</strong> (one module; the diagram renders in your page, in a shadow root, and fires <code>change</code> events).
        </p>
        <nav aria-label="Diagrams">
          <ul className="gallery-toc">
            {entries.map(({ def }) => (
              <li key={def.id}>
                <a href={`#${def.id}`}>{def.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {entries.map(({ def, essayHref, readouts }) => (
        <section className="gallery-item" id={def.id} key={def.id} aria-labelledby={`title-${def.id}`}>
          <h2 id={`title-${def.id}`}>{def.title}</h2>
          <p className="gallery-meta">
            <code>{def.id}</code> · <a href={`/embed/${def.id}/`}>open alone</a> · <a href={essayHref}>see it in the essay</a>
          </p>
          <p>{def.description}</p>
          <h3>Parameters</h3>
          <ParamTable def={def} />
          {readouts.length > 0 && (
            <p className="gallery-readouts">
              Readouts (<code>&lt;output data-readout&gt;</code>):{' '}
              {readouts.map((name, i) => (
                <span key={name}>
                  {i > 0 && ', '}
                  <code>{name}</code>
                </span>
              ))}
            </p>
          )}
          <h3>Embed it</h3>
          <Builder def={def} origin={origin} />
          <h3>Preview</h3>
          <div className="gallery-preview" data-preview-slot={`/embed/${def.id}/`} data-preview-title={`${def.title}: live preview`}>
            {/* The gallery's script makes the live preview as it nears the screen (gallery.ts): thirteen iframes in the
                document cost a phone half a second of main-thread work before the first screen is ready. */}
            <noscript>
              <iframe src={`/embed/${def.id}/`} title={`${def.title}: preview`} loading="lazy" height={520} />
            </noscript>
          </div>
        </section>
      ))}
      <section className="gallery-item gallery-protocol" aria-labelledby="protocol">
        <h2 id="protocol">For developers</h2>
        <ul>
          <li>
            An embed page posts <code>{'{ source: "two-neurons", type: "resize", id, height }'}</code> to its parent when its height changes, and{' '}
            <code>{'{ source: "two-neurons", type: "change", id, params }'}</code> (a query string) after every change; <code>{HOST_SCRIPT_PATH}</code> turns
            the latter into a <code>two-neurons-change</code> event on the iframe.
          </li>
          <li>
            Add <code>listen=1</code> to its query and it accepts <code>{'{ source: "two-neurons", type: "set", params }'}</code> from its parent, checked like
            the URL.
          </li>
          <li>
            Your page&apos;s Content-Security-Policy must allow our origin in <code>frame-src</code> (iframe) or <code>script-src</code> (
            <code>{HOST_SCRIPT_PATH}</code>, and the web component&apos;s module and chunks). Nothing else: no inline script, no eval.
          </li>
        </ul>
      </section>
    </main>
  );
}
