/**
 * "Copy embed code", "Copy web component", "Copy link", "Save as SVG" and
 * "Save as PNG" under each essay figure, for the figure's current state. The static HTML has them `hidden`
 * (they need JavaScript); this reveals them.
 */
import { handleOf } from './islands';
import { copyMessage, copyText } from '../embed/copy';
import { elementSnippet, embedUrl, iframeSnippet, type EmbedTarget } from '../embed/snippets';
import { savePicture } from '../embed/picture';

const WHAT = { iframe: 'the embed code', element: 'the web component code', link: 'the link' } as const;
type Kind = keyof typeof WHAT;

function isKind(value: string | undefined): value is Kind {
  return value !== undefined && Object.prototype.hasOwnProperty.call(WHAT, value);
}

/** The text a tool copies for a figure's island in its state now. */
export function figureText(kind: Kind, island: HTMLElement, title: string): string {
  const id = island.dataset.island ?? '';
  // Before the island wakes, its state is the one it was written with.
  const query = handleOf(island)?.query() ?? island.dataset.params ?? '';
  const target: EmbedTarget = { origin: window.location.origin, id, query, title };
  if (kind === 'iframe') return iframeSnippet(target);
  if (kind === 'element') return elementSnippet(target);
  return embedUrl(target);
}

function setUp(tools: HTMLElement): void {
  const island = tools.closest('figure')?.querySelector<HTMLElement>('[data-island]');
  const status = tools.querySelector<HTMLElement>('[data-copy-status]');
  if (!island || !status) return;
  let clear: ReturnType<typeof setTimeout> | undefined;
  let area: HTMLTextAreaElement | undefined;
  const fallback = (): HTMLTextAreaElement => {
    if (!area) {
      area = document.createElement('textarea');
      area.className = 'figure-tools-fallback';
      area.setAttribute('aria-label', 'Text to copy');
      area.rows = 3;
      tools.append(area);
    }
    return area;
  };
  const say = (text: string) => {
    status.textContent = text;
    clearTimeout(clear);
    clear = setTimeout(() => (status.textContent = ''), 6000);
  };
  tools.addEventListener('click', (event) => {
    const save = (event.target as Element).closest<HTMLButtonElement>('button[data-save]')?.dataset.save;
    if (save === 'svg' || save === 'png') {
      const light = tools.querySelector<HTMLInputElement>('[data-save-light]')?.checked ?? false;
      const query = handleOf(island)?.query() ?? island.dataset.params ?? '';
      const root = island.querySelector<HTMLElement>('[data-diagram]') ?? island;
      void savePicture(save, root, { id: island.dataset.island ?? '', query, title: tools.dataset.title ?? '', light }).then(say);
      return;
    }
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
    const kind = button?.dataset.copy;
    if (!isKind(kind)) return;
    void copyText(figureText(kind, island, tools.dataset.title ?? ''), fallback).then((result) => {
      if (result === 'copied' && area) area.hidden = true;
      say(copyMessage(result, WHAT[kind]));
    });
  });
  tools.hidden = false;
}

/** Reveal and wire the tools of every figure on the page. */
export function watchFigureTools(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('[data-figure-tools]').forEach(setUp);
}
