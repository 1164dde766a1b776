/**
 * The gallery's snippet builders: a query typed in is checked live by the
 * diagram's schema (its notices shown as text), made canonical, and turned
 * into both snippets; the preview follows after a pause.
 */
import { loadDiagram } from '../diagrams/registry';
import type { AnyDiagram } from '../diagrams/types';
import { PAGE_KEYS, parseParams, serializeParams } from '../params/schema';
import { copyMessage, copyText } from './copy';
import { watchEmbeds } from './host';
import { elementSnippet, iframeSnippet, type EmbedTarget } from './snippets';
import { savePicture } from './picture';
import { settle } from '../ui/settle';

/** How long the preview waits after the last keystroke (ms). */
const PREVIEW_DELAY = 600;

function setUp(builder: HTMLElement, load: () => Promise<AnyDiagram | undefined>): void {
  const id = builder.dataset.builder ?? '';
  const input = builder.querySelector<HTMLInputElement>('[data-builder-query]');
  const notices = builder.querySelector<HTMLElement>('[data-builder-notices]');
  const status = builder.querySelector<HTMLElement>('[data-copy-status]');
  const areas = {
    iframe: builder.querySelector<HTMLTextAreaElement>('[data-snippet="iframe"]'),
    element: builder.querySelector<HTMLTextAreaElement>('[data-snippet="element"]'),
  };
  const slot = builder.closest('section')?.querySelector<HTMLElement>('[data-preview-slot]');
  const title = builder.closest('section')?.querySelector('h2')?.textContent ?? id;
  if (!input || !notices || !status || !areas.iframe || !areas.element) return;
  let shown = '';
  let wanted = '';
  const showPreview = settle(PREVIEW_DELAY, () => {
    if (!slot || wanted === shown) return;
    shown = wanted;
    previewFrame(slot).src = `/embed/${id}/${wanted ? `?${wanted}` : ''}`;
  });

  const write = (query: string): void => {
    const target: EmbedTarget = { origin: window.location.origin, id, query, title };
    areas.iframe!.value = iframeSnippet(target);
    areas.element!.value = elementSnippet(target);
  };
  const update = async (): Promise<void> => {
    const loaded = await load();
    if (!loaded) return;
    const text = input.value;
    const parsed = parseParams(loaded.schema, text);
    const query = serializeParams(loaded.schema, parsed.params);
    if (input.value !== text) return;
    notices.textContent = parsed.notices.join(' ');
    write(query);
    wanted = query;
    showPreview.poke();
  };

  write('');
  input.addEventListener('input', () => void update());
  builder.addEventListener('click', (event) => {
    const save = (event.target as Element).closest<HTMLButtonElement>('[data-save]')?.dataset.save;
    if (save === 'svg' || save === 'png') {
      const light = builder.querySelector<HTMLInputElement>('[data-save-light]')?.checked ?? false;
      // The preview is ours (same origin): its page keeps its URL at the state it shows, the reader's changes included.
      const frame = slot?.querySelector<HTMLIFrameElement>('iframe[data-preview]');
      const root = frame?.contentDocument?.querySelector<HTMLElement>('[data-diagram]');
      const query = new URLSearchParams(frame?.contentWindow?.location.search ?? '');
      for (const key of PAGE_KEYS) query.delete(key);
      if (!root) status.textContent = 'The preview has not loaded yet.';
      else void savePicture(save, root, { id, query: query.toString(), title, light }).then((text) => (status.textContent = text));
      return;
    }
    const kind = (event.target as Element).closest<HTMLButtonElement>('[data-copy-snippet]')?.dataset.copySnippet;
    if (kind !== 'iframe' && kind !== 'element') return;
    const area = areas[kind]!;
    void copyText(area.value, () => area).then((result) => {
      status.textContent = copyMessage(result, kind === 'iframe' ? 'the iframe code' : 'the web component code');
    });
  });
  builder.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((element) => (element.hidden = false));
}

/** The live preview in a section's slot, made the first time it is asked for. */
function previewFrame(slot: HTMLElement): HTMLIFrameElement {
  const made = slot.querySelector<HTMLIFrameElement>('iframe[data-preview]');
  if (made) return made;
  const frame = document.createElement('iframe');
  frame.dataset.preview = slot.dataset.previewSlot ?? '';
  frame.title = slot.dataset.previewTitle ?? 'Live preview';
  frame.loading = 'lazy';
  frame.height = '520';
  frame.src = slot.dataset.previewSlot ?? 'about:blank';
  slot.append(frame);
  return frame;
}

/** Make each preview as it nears the screen, and not before. */
function makePreviewsNearScreen(root: HTMLElement): void {
  const slots = [...root.querySelectorAll<HTMLElement>('[data-preview-slot]')];
  if (typeof IntersectionObserver === 'undefined') {
    slots.forEach(previewFrame);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        previewFrame(entry.target as HTMLElement);
        observer.unobserve(entry.target);
      }
    },
    { rootMargin: '50% 0px' },
  );
  slots.forEach((slot) => observer.observe(slot));
}

/** Wire every builder of the gallery, and size its previews. */
export function startGallery(root: HTMLElement): void {
  watchEmbeds(window.location.origin);
  makePreviewsNearScreen(root);
  root.querySelectorAll<HTMLElement>('[data-builder]').forEach((builder) => {
    let loading: Promise<AnyDiagram | undefined> | undefined;
    // The schema loads only when the reader starts typing.
    setUp(builder, () => (loading ??= loadDiagram(builder.dataset.builder ?? '')));
  });
}
