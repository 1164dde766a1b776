/**
 * `/embed.js`, the script a host page adds beside our iframes (no
 * dependencies; built on its own as a classic script). It trusts only the
 * origin it was itself loaded from.
 */
import { watchEmbeds } from './host';

const script = document.currentScript;
if (script instanceof HTMLScriptElement && script.src) {
  const origin = new URL(script.src).origin;
  const started = window as Window & { __twoNeuronsEmbeds?: Set<string> };
  // Pasting two snippets loads the script twice; listen once per origin.
  started.__twoNeuronsEmbeds ??= new Set();
  if (!started.__twoNeuronsEmbeds.has(origin)) {
    started.__twoNeuronsEmbeds.add(origin);
    watchEmbeds(origin);
  }
}
