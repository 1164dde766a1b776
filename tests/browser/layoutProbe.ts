/**
 * What a reader on a phone would trip on, measured in the page (passed to
 * `page.evaluate` / `frame.evaluate`, so it must stand alone: no imports, no
 * closures). For the figure root `[data-diagram]`:
 * - the smallest rendered size of its text: an SVG text's font size times the
 *   scale its SVG is drawn at, or an HTML element's computed font size;
 * - pairs of visible SVG texts whose boxes overlap (each box's height trimmed
 *   by a fifth top and bottom, the em box's slack above capitals and below
 *   the baseline, so two stacked lines that merely touch do not count);
 * - controls smaller than 24 × 24 CSS px (WCAG 2.2 target size) whose 24 px
 *   circle reaches another control (the spacing exception);
 * - whether the page scrolls sideways.
 */
export interface LayoutProbe {
  /** Smallest rendered text size in CSS px, and the text that has it. */
  minTextPx: number;
  minText: string;
  /** "a" / "b" for each pair of overlapping texts. */
  overlaps: string[];
  /** Controls under 24 × 24 px without room around them: "name w×h". */
  smallTargets: string[];
  /** The smallest control's width × height. */
  minTarget: string;
  overflowX: boolean;
}

export function probeLayout(): LayoutProbe {
  const root = document.querySelector('[data-diagram]') ?? document.body;
  const label = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  const visible = (el: Element): boolean => {
    const rect = el.getBoundingClientRect();
    if (rect.width < 0.5 || rect.height < 0.5) return false;
    for (let node: Element | null = el; node && node !== document.documentElement; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) < 0.05) return false;
      if (node === el && Number(style.fillOpacity) < 0.05 && style.stroke === 'none') return false;
    }
    return true;
  };

  let minTextPx = Infinity;
  let minText = '';
  const texts = [...root.querySelectorAll('svg text')].filter((t) => visible(t) && label(t) !== '');
  for (const t of texts) {
    const ctm = (t as SVGGraphicsElement).getScreenCTM();
    const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
    const px = parseFloat(getComputedStyle(t).fontSize) * scale;
    if (px < minTextPx) [minTextPx, minText] = [px, label(t)];
  }
  // HTML text: elements with a text node of their own, outside SVG.
  for (const el of root.querySelectorAll('*')) {
    if (el.closest('svg') || !visible(el)) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
    if (!own) continue;
    const px = parseFloat(getComputedStyle(el).fontSize);
    if (px < minTextPx) [minTextPx, minText] = [px, label(el)];
  }

  const boxes = texts.map((t) => {
    const r = t.getBoundingClientRect();
    const trim = r.height / 5;
    return { left: r.left, right: r.right, top: r.top + trim, bottom: r.bottom - trim, text: label(t) };
  });
  const overlaps: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 1) overlaps.push(`“${a.text}” / “${b.text}”`);
    }
  }

  const controls = [
    ...root.querySelectorAll('input:not([type=hidden]), button, select, textarea, a[href], [tabindex]:not([tabindex="-1"]), [role=slider]'),
  ].filter((el) => visible(el) && !(el.tagName === 'A' && el.closest('p, li')));
  const rects = controls.map((el) => el.getBoundingClientRect());
  const smallTargets: string[] = [];
  let minArea = Infinity;
  let minTarget = '';
  controls.forEach((el, i) => {
    const r = rects[i];
    if (r.width * r.height < minArea) [minArea, minTarget] = [r.width * r.height, `${Math.round(r.width)}×${Math.round(r.height)}`];
    if (r.width >= 24 && r.height >= 24) return;
    // The spacing exception: a 24 px circle on the target's centre touches no other control.
    const cx = (r.left + r.right) / 2;
    const cy = (r.top + r.bottom) / 2;
    const crowded = rects.some((o, j) => {
      if (j === i || controls[j].contains(el) || el.contains(controls[j])) return false;
      const dx = Math.max(o.left - cx, 0, cx - o.right);
      const dy = Math.max(o.top - cy, 0, cy - o.bottom);
      return Math.hypot(dx, dy) < 12;
    });
    if (crowded) {
      const name = el.getAttribute('aria-label') ?? el.getAttribute('name') ?? (label(el) || el.tagName.toLowerCase());
      smallTargets.push(`${name} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
  });

  const scroller = document.scrollingElement ?? document.documentElement;
  return {
    minTextPx: Math.round(minTextPx * 10) / 10,
    minText,
    overlaps,
    smallTargets,
    minTarget,
    overflowX: scroller.scrollWidth > scroller.clientWidth + 1,
  };
}
