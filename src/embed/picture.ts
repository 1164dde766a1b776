/**
 * A figure as a picture, for handouts, slides and papers: its drawings in
 * their current state as one self-contained SVG (every colour, font and
 * stroke written on the element, so Inkscape, Illustrator and PowerPoint
 * show what the reader saw without our CSS), or as a PNG at twice the
 * on-screen density. Made in the browser, from the live DOM; no service.
 *
 * The SVG never carries a script, an event handler, a class, a data or ARIA
 * attribute, or a reference outside itself: only shapes, text and
 * `url(#…)` references to its own markers and clips. The figure may be in
 * this document or a same-origin iframe's (the gallery's previews). Below the drawings a
 * caption gives the figure's title, its readouts, its state and its link.
 */

import { embedUrl } from './snippets';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The computed properties that make an SVG element look as it does on the page. */
const PAINT = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'paint-order',
  'stop-color',
  'stop-opacity',
];
const KEEP_ATTRIBUTES = new Set([
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'width',
  'height',
  'd',
  'points',
  'transform',
  'viewBox',
  'preserveAspectRatio',
  'dx',
  'dy',
  'rotate',
  'textLength',
  'lengthAdjust',
  'offset',
  'id',
  'href',
  'marker-start',
  'marker-mid',
  'marker-end',
  'clip-path',
  'mask',
  'markerWidth',
  'markerHeight',
  'refX',
  'refY',
  'orient',
  'markerUnits',
  'gradientUnits',
  'gradientTransform',
  'clipPathUnits',
  'patternUnits',
  'fx',
  'fy',
  'pathLength',
]);
const DROP_ELEMENTS = new Set(['script', 'foreignObject', 'style', 'a', 'image', 'iframe']);

export type PictureTheme = 'current' | 'light';

export interface PictureOptions {
  /** `light` draws a dark page's figure in the light theme (for print). */
  theme?: PictureTheme;
  /** Title, state and link: the caption's lines come from these and the figure's readouts. */
  title: string;
  state: string;
  link: string;
}

/** The light theme's custom properties, read from the stylesheets that style `root` (the page's or a shadow root's). */
function lightVariables(root: HTMLElement): Map<string, string> {
  const out = new Map<string, string>();
  const scope = root.getRootNode() as Document | ShadowRoot;
  const sheets = [...(scope.styleSheets ?? []), ...(scope.adoptedStyleSheets ?? [])];
  for (const sheet of sheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's sheet
    }
    for (const rule of rules) {
      // Top-level rules only: the dark theme is the one inside a media query.
      // (Duck-typed: the figure may sit in another realm, a same-origin iframe.)
      const style = (rule as CSSStyleRule).style;
      if (rule.type !== 1 || !/:root|:host/.test((rule as CSSStyleRule).selectorText)) continue;
      for (const name of style) if (name.startsWith('--')) out.set(name, style.getPropertyValue(name).trim());
    }
  }
  return out;
}

/** Run `read` with `root` drawn in the light theme, and put it back before anything paints. */
function inTheme<T>(root: HTMLElement, theme: PictureTheme, read: () => T): T {
  const view = root.ownerDocument.defaultView ?? window;
  const dark = view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  if (theme !== 'light' || !dark) return read();
  const variables = lightVariables(root);
  const before = new Map([...variables.keys()].map((name) => [name, root.style.getPropertyValue(name)]));
  for (const [name, value] of variables) root.style.setProperty(name, value);
  try {
    return read();
  } finally {
    for (const [name, value] of before) {
      if (value) root.style.setProperty(name, value);
      else root.style.removeProperty(name);
    }
  }
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A copy of `source` with its look written on each element and nothing else of the page's. */
function copyDrawing(source: Element): Element | undefined {
  const tag = source.localName;
  if (DROP_ELEMENTS.has(tag)) return undefined;
  const style = (source.ownerDocument.defaultView ?? window).getComputedStyle(source);
  if (style.display === 'none') return undefined;
  const copy = document.createElementNS(SVG_NS, tag);
  for (const attr of source.attributes) {
    if (!KEEP_ATTRIBUTES.has(attr.name)) continue;
    // Only references to the picture's own parts.
    if (attr.name === 'href' && !attr.value.startsWith('#')) continue;
    if (/url\(/.test(attr.value) && !/^url\(#[^)]*\)$/.test(attr.value.trim())) continue;
    copy.setAttribute(attr.name, attr.value);
  }
  const paint: string[] = [];
  for (const name of PAINT) {
    const value = style.getPropertyValue(name);
    // url() paints and markers stay only when they point inside the picture.
    if (value && !(value.includes('url(') && !/url\("?#/.test(value))) paint.push(`${name}:${value.replace(/url\("?(#[^")]*)"?\)/g, 'url($1)')}`);
  }
  if (style.visibility === 'hidden') paint.push('visibility:hidden');
  copy.setAttribute('style', paint.join(';'));
  for (const child of source.childNodes) {
    if (child.nodeType === 3) copy.append(child.textContent ?? '');
    else if (child.nodeType === 1) {
      const inner = copyDrawing(child as Element);
      if (inner) copy.append(inner);
    }
  }
  return copy;
}

/** The drawings of a figure: its SVGs that are pictures, not a button's icon. */
function drawings(root: HTMLElement): SVGSVGElement[] {
  return [...root.querySelectorAll('svg')].filter(
    (svg) => !svg.parentElement?.closest('svg') && !svg.closest('button, label, .control') && svg.getBoundingClientRect().width >= 40,
  );
}

/** The caption's lines: title; the readouts, as many to a line as fit; the state and the link. */
function captionLines(root: HTMLElement, options: PictureOptions): string[] {
  const readouts = [...root.querySelectorAll('.readout')].map((r) => (r.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  const lines = [options.title];
  let line = '';
  for (const readout of readouts) {
    if (line && line.length + readout.length > 90) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} · ${readout}` : readout;
  }
  if (line) lines.push(line);
  lines.push(`State: ${options.state || 'the default'}`, options.link);
  return lines;
}

/** The figure under `root` as a standalone SVG document (text). */
export function figureSvg(root: HTMLElement, options: PictureOptions): string {
  return inTheme(root, options.theme ?? 'current', () => {
    const box = root.getBoundingClientRect();
    const width = Math.ceil(box.width);
    const rootStyle = (root.ownerDocument.defaultView ?? window).getComputedStyle(root);
    const parts: string[] = [];
    const serializer = new XMLSerializer();
    let bottom = 0;
    for (const svg of drawings(root)) {
      const rect = svg.getBoundingClientRect();
      const copy = copyDrawing(svg);
      if (!copy) continue;
      // The drawing where it sat in the figure, at its on-screen size.
      copy.setAttribute('x', (rect.left - box.left).toFixed(1));
      copy.setAttribute('y', (rect.top - box.top).toFixed(1));
      copy.setAttribute('width', rect.width.toFixed(1));
      copy.setAttribute('height', rect.height.toFixed(1));
      copy.setAttribute('overflow', 'visible');
      parts.push(serializer.serializeToString(copy));
      bottom = Math.max(bottom, rect.bottom - box.top);
    }
    const lines = captionLines(root, options);
    const fontFamily = escapeXml(rootStyle.fontFamily);
    const muted = rootStyle.getPropertyValue('--muted').trim() || rootStyle.color;
    const fg = rootStyle.color;
    const bg = rootStyle.getPropertyValue('--bg').trim() || '#fff';
    const top = Math.ceil(bottom) + 24;
    const caption = lines
      .map(
        (text, i) =>
          `<text x="0" y="${top + i * 18}" style="font-family:${fontFamily};font-size:${i === 0 ? 14 : 12}px;font-weight:${i === 0 ? 600 : 400};fill:${escapeXml(i === 0 ? fg : muted)}">${escapeXml(text)}</text>`,
      )
      .join('');
    const height = top + (lines.length - 1) * 18 + 8;
    const pad = 12;
    return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="${SVG_NS}" width="${width + 2 * pad}" height="${height + 2 * pad}" viewBox="${-pad} ${-pad} ${width + 2 * pad} ${height + 2 * pad}"><rect x="${-pad}" y="${-pad}" width="${width + 2 * pad}" height="${height + 2 * pad}" style="fill:${escapeXml(bg)}"/>${parts.join('').replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')}${caption}</svg>\n`;
  });
}

/** The SVG text as a PNG at `scale` times its size. Fails where the page's CSP forbids data: images. */
export function svgToPng(svg: string, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const size = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
    const width = Number(size?.[1] ?? 0);
    const height = Number(size?.[2] ?? 0);
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d');
      if (!context) return reject(new Error('no canvas'));
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png');
    };
    image.onerror = () => reject(new Error('the picture could not be drawn'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}

/** Offer `data` to the reader as a file. */
export function saveFile(data: Blob | string, name: string): void {
  const blob = typeof data === 'string' ? new Blob([data], { type: 'image/svg+xml' }) : data;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type PictureKind = 'svg' | 'png';

/**
 * Save the figure under `root` in its state now as a file, and say how it
 * went in one sentence for a status line. `root` may be in a same-origin iframe.
 */
export async function savePicture(
  kind: PictureKind,
  root: HTMLElement,
  { id, query, title, light }: { id: string; query: string; title: string; light: boolean },
): Promise<string> {
  const link = embedUrl({ origin: window.location.origin, id, query });
  const svg = figureSvg(root, { title, state: query, link, theme: light ? 'light' : 'current' });
  try {
    saveFile(kind === 'svg' ? svg : await svgToPng(svg), `two-neurons-${id}.${kind}`);
    return `Saved the picture as ${kind.toUpperCase()}.`;
  } catch {
    return 'This browser could not make the picture.';
  }
}
