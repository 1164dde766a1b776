/** Number formatting for readouts: a real minus sign, fixed decimals, no "−0". */
export function fmt(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '−∞' : '—';
  const text = value.toFixed(digits);
  const zero = Number(text) === 0;
  return (zero ? text.replace('-', '') : text).replace('-', '−');
}

/** Like `fmt`, with an explicit "+" on positive values. */
export function fmtSigned(value: number, digits = 1): string {
  const text = fmt(value, digits);
  return value > 0 && Number(value.toFixed(digits)) !== 0 ? `+${text}` : text;
}

/** Read a readout's text back to a number (tests and screen-reader helpers). */
export function parseReadout(text: string): number {
  return Number.parseFloat(text.replace(/\u2212/g, '-').replace(/^\+/, ''));
}
