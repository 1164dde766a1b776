/** The class of a live number's box (theme.css). */
export const LIVE_BOX = 'live-box';

/**
 * Give a live number (`class="live-box"`, one line of text) a box of its
 * own: from its first live write on, it keeps the width of the longest text
 * it has shown (it only grows, so a row of readouts does not jitter as
 * digits come and go) and takes size and layout containment, which makes
 * it a relayout boundary. A change of its text then lays out the box alone;
 * the same text loose in a grid or flex item lays out every ancestor, the
 * page included. Before the first write (on the server, without
 * JavaScript) it is plain inline text.
 *
 * It measures only when the text is longer than any it has held (a forced
 * layout, so not on every input), with room for a wider glyph or two.
 */
export function fitLiveBox(element: HTMLElement): void {
  const length = element.textContent?.length ?? 0;
  const longest = Number(element.dataset.boxed ?? -1);
  if (length <= longest) return;
  element.removeAttribute('data-boxed');
  element.style.removeProperty('--live-box-width');
  const { width } = element.getBoundingClientRect();
  const em = parseFloat(getComputedStyle(element).fontSize) || 16;
  element.style.setProperty('--live-box-width', `${(width / em + 0.3).toFixed(3)}em`);
  element.dataset.boxed = String(length);
}
