/**
 * The code a host page pastes to embed a diagram: an iframe with the resize
 * script, or the web component. Queries are escaped for an HTML attribute, so
 * a snippet is safe to paste whatever it was made from.
 */

/** Path of the host script that sizes embed iframes. */
export const HOST_SCRIPT_PATH = '/embed.js';
/** Path of the web component's module. */
export const ELEMENT_MODULE_PATH = '/lib/two-neurons.js';
/** The web component's tag name. */
export const ELEMENT_NAME = 'two-neurons-diagram';
/** An iframe's height before its page reports one (px). */
const FIRST_HEIGHT = 520;

/** What a snippet embeds: a diagram, in a state, served from an origin. */
export interface EmbedTarget {
  /** Our site's origin ("https://two-neurons.example.org"). */
  origin: string;
  id: string;
  /** The state as a query string, without "?" (may be empty). */
  query: string;
  title: string;
}

/** Escape text for a double-quoted HTML attribute or element text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The embed page's URL for a state. */
export function embedUrl({ origin, id, query }: Pick<EmbedTarget, 'origin' | 'id' | 'query'>): string {
  const path = `${origin}/embed/${encodeURIComponent(id)}/`;
  return query ? `${path}?${query.replace(/^\?/, '')}` : path;
}

/**
 * The iframe snippet, with the script that sizes it to its content. Its width
 * is CSS: the `width` attribute takes whole pixels only, and "100%" there is
 * invalid HTML that a validating CMS may drop. /embed.js sets the same
 * styles through the CSSOM, for a host whose CSP blocks style attributes.
 */
export function iframeSnippet(target: EmbedTarget): string {
  return [
    `<iframe src="${escapeHtml(embedUrl(target))}" title="${escapeHtml(`${target.title} (interactive diagram)`)}" style="width:100%;border:0" height="${FIRST_HEIGHT}" loading="lazy"></iframe>`,
    `<script src="${escapeHtml(target.origin + HOST_SCRIPT_PATH)}" async></script>`,
  ].join('\n');
}

/** The web-component snippet: one module script and the element. */
export function elementSnippet(target: EmbedTarget): string {
  return [
    `<script type="module" src="${escapeHtml(target.origin + ELEMENT_MODULE_PATH)}"></script>`,
    `<${ELEMENT_NAME} name="${escapeHtml(target.id)}" params="${escapeHtml(target.query.replace(/^\?/, ''))}"></${ELEMENT_NAME}>`,
  ].join('\n');
}
