import { describe, expect, it } from 'vitest';
import { remToVar } from '../../../src/embed/shadowCss';

describe('remToVar', () => {
  it('rewrites rem lengths in declarations to the --tn-rem variable', () => {
    expect(remToVar('.a{margin:0 1.5rem;gap:.25rem}')).toBe('.a{margin:0 calc(1.5 * var(--tn-rem, 16px));gap:calc(.25 * var(--tn-rem, 16px))}');
    expect(remToVar('.a{margin:-2rem}')).toBe('.a{margin:calc(-2 * var(--tn-rem, 16px))}');
  });

  it('leaves media queries, selectors and other units alone', () => {
    const css = '@media (min-width:62rem){.rem-x{width:10em;height:2px}}';
    expect(remToVar(css)).toBe(css);
    expect(remToVar('@media (min-width:40rem){.a{padding:1rem}}')).toBe('@media (min-width:40rem){.a{padding:calc(1 * var(--tn-rem, 16px))}}');
  });
});
