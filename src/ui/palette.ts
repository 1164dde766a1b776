/**
 * The colours diagrams use, as CSS custom properties defined in `theme.css`.
 * One palette for CSS and D3: excitatory and inhibitory come from the
 * Okabe–Ito colour-blind-safe set (vermillion and blue), and every sign is also
 * told by shape, dash or label, never by colour alone.
 */
export const palette = {
  fg: 'var(--fg)',
  muted: 'var(--muted)',
  faint: 'var(--faint)',
  bg: 'var(--bg)',
  panel: 'var(--panel)',
  accent: 'var(--accent)',
  excitatory: 'var(--exc)',
  inhibitory: 'var(--inh)',
  spike: 'var(--spike)',
  neutral: 'var(--neutral)',
  highlight: 'var(--highlight)',
} as const;

/** Dash pattern for negative (inhibitory) weights, so sign reads without colour. */
export const INHIBITORY_DASH = '5 3';

/** Colour for a signed quantity. */
export function signColor(value: number): string {
  return value < 0 ? palette.inhibitory : palette.excitatory;
}
