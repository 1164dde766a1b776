/**
 * The host side of the iframe protocol: size each of our embed iframes to
 * the height its page reports, and re-announce its state changes as a DOM
 * event on the iframe (`two-neurons-change`, detail `{ id, params }`).
 *
 * A message counts only if it comes from our origin, from the window of one
 * of this page's iframes whose src is one of our embed pages for that same
 * id, and has exactly the expected shape. Everything else is dropped silently.
 */
import { isChangeMessage, isResizeMessage, SOURCE, type MeasureMessage } from './protocol';

/** The event a host page can listen to on an embed iframe. */
export const CHANGE_EVENT = 'two-neurons-change';

function embedIdOf(frame: HTMLIFrameElement, origin: string): string | undefined {
  try {
    const url = new URL(frame.src, document.baseURI);
    const match = /^\/embed\/([a-z0-9-]+)\/?$/.exec(url.pathname);
    return url.origin === origin && match ? match[1] : undefined;
  } catch {
    return undefined;
  }
}

function ourFrames(origin: string): HTMLIFrameElement[] {
  return [...document.getElementsByTagName('iframe')].filter((frame) => embedIdOf(frame, origin) !== undefined);
}

function fit(frame: HTMLIFrameElement): void {
  // Set through the CSSOM, not a style attribute, so a host CSP without 'unsafe-inline' allows it.
  frame.style.border = '0';
  frame.style.display = 'block';
  frame.style.width = '100%';
}

/**
 * Whether the iframe's window already shows a document from `origin`. One
 * still on its initial about:blank has the host's origin: posting to it with
 * our origin as target would make the browser log an error on the host page,
 * and it will report its height anyway once it loads.
 */
function hasNavigated(frame: HTMLIFrameElement, origin: string): boolean {
  try {
    // Readable only while the frame's document is same-origin with the host.
    return frame.contentWindow?.location.origin === origin;
  } catch {
    return true; // Cross-origin to the host: it has navigated to its src, on our origin.
  }
}

/** Start sizing embed iframes served from `origin`; returns a function that stops. */
export function watchEmbeds(origin: string): () => void {
  ourFrames(origin).forEach(fit);
  const onMessage = (event: MessageEvent): void => {
    if (event.origin !== origin || !event.source) return;
    const data: unknown = event.data;
    const resize = isResizeMessage(data);
    if (!resize && !isChangeMessage(data)) return;
    const frame = ourFrames(origin).find((f) => f.contentWindow === event.source);
    if (!frame || embedIdOf(frame, origin) !== data.id) return;
    if (resize) {
      fit(frame);
      frame.style.height = `${Math.ceil(data.height)}px`;
    } else {
      frame.dispatchEvent(new CustomEvent(CHANGE_EVENT, { bubbles: true, detail: { id: data.id, params: data.params } }));
    }
  };
  window.addEventListener('message', onMessage);
  // Iframes that loaded before this script have already reported their height: ask again.
  const measure: MeasureMessage = { source: SOURCE, type: 'measure' };
  for (const frame of ourFrames(origin)) if (hasNavigated(frame, origin)) frame.contentWindow?.postMessage(measure, origin);
  return () => window.removeEventListener('message', onMessage);
}
