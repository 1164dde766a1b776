import { describe, expect, it } from 'vitest';
import { usesKey } from '../../../src/embed/keepInside';

/** Just what usesKey reads of an element. */
function el(tag: string, attrs: Record<string, string> = {}, editable = false): Element {
  return {
    tagName: tag.toUpperCase(),
    getAttribute: (name: string) => attrs[name] ?? null,
    hasAttribute: (name: string) => name in attrs,
    isContentEditable: editable,
  } as unknown as Element;
}

describe('usesKey: which keys a focused control keeps from the host page', () => {
  it('a slider keeps its stepping keys and lets the rest through', () => {
    const range = el('input', { type: 'range' });
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']) expect(usesKey(range, key)).toBe(true);
    for (const key of ['n', 'f', ' ', 'Enter', 'Tab', 'Escape']) expect(usesKey(range, key)).toBe(false);
    expect(usesKey(el('g', { role: 'slider', tabindex: '0' }), 'ArrowUp')).toBe(true);
  });

  it('a button keeps Enter and Space only; → goes to the deck', () => {
    for (const b of [el('button'), el('input', { type: 'button' }), el('a', { href: '#x' })]) {
      expect(usesKey(b, 'Enter')).toBe(true);
      expect(usesKey(b, ' ')).toBe(true);
      expect(usesKey(b, 'ArrowRight')).toBe(false);
    }
    expect(usesKey(el('a'), 'Enter')).toBe(false);
  });

  it('a select and text fields keep typing, but never Tab or Escape', () => {
    for (const f of [el('select'), el('input'), el('input', { type: 'search' }), el('textarea'), el('div', {}, true)]) {
      expect(usesKey(f, 'a')).toBe(true);
      expect(usesKey(f, 'ArrowDown')).toBe(true);
      expect(usesKey(f, 'Tab')).toBe(false);
      expect(usesKey(f, 'Escape')).toBe(false);
    }
    expect(usesKey(el('input', { type: 'checkbox' }), ' ')).toBe(true);
    expect(usesKey(el('input', { type: 'checkbox' }), 'ArrowRight')).toBe(false);
  });

  it('keys with a modifier reach the host; keys a handler of ours took do not', () => {
    expect(usesKey(el('input', { type: 'range' }), 'ArrowRight', { modified: true })).toBe(false);
    expect(usesKey(el('div'), 'ArrowRight')).toBe(false);
    expect(usesKey(el('div'), 'ArrowRight', { handled: true })).toBe(true);
    expect(usesKey(null, 'ArrowRight')).toBe(false);
  });
});
