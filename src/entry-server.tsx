/**
 * Build-time rendering: every route's HTML, made in Node by `scripts/prerender.mjs`
 * from the SSR bundle of this file. Nothing here runs in a browser.
 */
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { Essay, type SectionModule } from './essay/Essay';
import { EssayState } from './essay/context';
import { EmbedPage } from './embed/EmbedPage';
import { Gallery } from './embed/Gallery';
import { readoutNames } from './embed/readouts';
import { loadAllDiagrams } from './diagrams/registry';
import { sections } from '../content/index';
import { references } from '../content/references';
import { essay } from '../content/essay';

/** One page's rendered parts, to be put into its HTML template. */
export interface RenderedPage {
  head: string;
  html: string;
}

interface HeadInfo {
  title: string;
  description: string;
  path: string;
  image?: string;
  noindex?: boolean;
}

/** The site's public origin for canonical and Open Graph links; override with SITE_URL at build time. */
const SITE_URL = (process.env.SITE_URL ?? 'https://two-neurons.example.org').replace(/\/$/, '');

function head({ title, description, path, image, noindex }: HeadInfo): string {
  return renderToStaticMarkup(
    <>
      <title>{title}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={`${SITE_URL}${path}`} />
      <meta property="og:type" content="article" />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={`${SITE_URL}${path}`} />
      {image && <meta property="og:image" content={`${SITE_URL}${image}`} />}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      {noindex && <meta name="robots" content="noindex" />}
    </>,
  );
}

/** The essay at `/`. Throws if a citation names a missing reference, so the build fails loudly. */
export async function renderEssay(): Promise<RenderedPage> {
  const diagrams = await loadAllDiagrams();
  const state = new EssayState(diagrams, new Set(Object.keys(references)));
  const html = renderToString(<Essay info={essay} sections={sections as SectionModule[]} references={references} state={state} />);
  if (state.missingCites.size) throw new Error(`Citations with no reference: ${[...state.missingCites].join(', ')}`);
  return {
    html,
    head: head({ title: `${essay.title}: ${essay.subtitle}`, description: essay.summary, path: '/', image: '/og-image.png' }),
  };
}

let essayFigures: Promise<Map<string, string>> | undefined;

/** Where the essay first shows each diagram: id → "/#figure-N" (the essay's top when it does not). */
async function essayHref(id: string): Promise<string> {
  essayFigures ??= renderEssay().then(({ html }) => {
    const found = new Map<string, string>();
    for (const [, anchor, diagram] of html.matchAll(/<figure\b[^>]*\bid="(figure-\d+)"[^>]*\bdata-figure="([a-z0-9-]+)"/g)) {
      if (!found.has(diagram)) found.set(diagram, `/#${anchor}`);
    }
    return found;
  });
  return (await essayFigures).get(id) ?? '/';
}

/** The embed page for one diagram at `/embed/<id>/`, in its default state. */
export async function renderEmbed(id: string): Promise<RenderedPage> {
  const diagrams = await loadAllDiagrams();
  const def = diagrams.get(id);
  if (!def) throw new Error(`No diagram ${id}`);
  return {
    html: renderToString(<EmbedPage def={def} essayHref={await essayHref(id)} />),
    head: head({ title: `${def.title} · Two Neurons`, description: def.description, path: `/embed/${id}/` }),
  };
}

/** The gallery at `/embed/`: every diagram, its parameters, and a snippet builder. */
export async function renderGallery(): Promise<RenderedPage> {
  const diagrams = [...(await loadAllDiagrams()).values()];
  const entries = await Promise.all(diagrams.map(async (def) => ({ def, essayHref: await essayHref(def.id), readouts: readoutNames(def) })));
  return {
    html: renderToString(<Gallery entries={entries} origin={SITE_URL} />),
    head: head({
      title: 'Embed a diagram · Two Neurons',
      description: 'Every diagram of the essay “Two Neurons”, with its parameters and the code to embed it in your own page.',
      path: '/embed/',
    }),
  };
}

/** Ids of every registered diagram, for the routes. */
export async function routes(): Promise<string[]> {
  return [...(await loadAllDiagrams()).keys()];
}
