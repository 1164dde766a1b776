/**
 * Keys and drags that a diagram's controls use stay inside the web
 * component: a slide deck (reveal.js, Slidev, Marp) or any host page that
 * listens on `document` never sees them, so → on a focused slider moves the
 * slider and not the slide, and dragging a mark does not swipe. Keys a
 * control does not use (→ on a button, a deck's `n` or `f` on a slider)
 * and keys with a modifier still reach the host.
 */

const STEPPING = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);
const PRESSING = new Set(['Enter', ' ']);
/** What a pointer or finger may drag inside a diagram. */
const DRAGGABLE = 'input, select, textarea, button, [tabindex], [role="slider"], .draggable';

/** Whether the focused element `target` acts on `key` (the browser's own behaviour, or ours: `handled`). */
export function usesKey(target: Element | null, key: string, { modified = false, handled = false } = {}): boolean {
  if (handled) return true;
  if (!target || modified || key === 'Tab' || key === 'Escape') return false;
  const tag = target.tagName.toLowerCase();
  const role = target.getAttribute('role');
  if (tag === 'textarea' || tag === 'select' || (target as HTMLElement).isContentEditable) return true;
  if (tag === 'input') {
    const type = (target.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'range' || type === 'number') return STEPPING.has(key);
    if (type === 'checkbox') return key === ' ';
    if (type === 'radio') return key === ' ' || STEPPING.has(key);
    if (type === 'button' || type === 'submit' || type === 'reset') return PRESSING.has(key);
    return true; // text-like: every printable key and the caret's keys
  }
  if (role === 'slider' || role === 'spinbutton' || role === 'radiogroup' || role === 'grid') return STEPPING.has(key);
  if (tag === 'button' || tag === 'summary' || role === 'button' || (tag === 'a' && target.hasAttribute('href'))) return PRESSING.has(key);
  return false;
}

/** Stop, at the shadow root, the keys and drags its controls use from reaching the host page. */
export function keepInside(shadow: ShadowRoot): void {
  const onKey = (event: Event) => {
    const e = event as KeyboardEvent;
    const target = e.composedPath()[0];
    const modified = e.ctrlKey || e.metaKey || e.altKey;
    if (usesKey(target instanceof Element ? target : null, e.key, { modified, handled: e.defaultPrevented })) e.stopPropagation();
  };
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, onKey);
  const onDrag = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof Element && target.closest(DRAGGABLE)) event.stopPropagation();
  };
  for (const type of ['touchstart', 'touchmove', 'touchend', 'pointerdown', 'pointermove', 'pointerup'])
    shadow.addEventListener(type, onDrag, { passive: true });
}
