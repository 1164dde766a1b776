/**
 * How the scale chart writes big counts: "6.0 × 10¹⁴", "86 billion",
 * "139,255". Text only (no math): deterministic on server and client.
 */

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** An integer as superscript digits ("14" → "¹⁴"). */
export function superscript(n: number): string {
  return String(n)
    .replace('-', '⁻')
    .replace(/\d/g, (d) => SUPERSCRIPT[Number(d)] ?? d);
}

/** A power of ten, "10¹⁴". */
export function pow10(exponent: number): string {
  return `10${superscript(exponent)}`;
}

/** Scientific notation with `digits` decimals in the mantissa: "6.0 × 10¹⁴". */
export function sci(value: number, digits = 1): string {
  if (!(value > 0) || !Number.isFinite(value)) return '0';
  let exponent = Math.floor(Math.log10(value));
  let mantissa = (value / 10 ** exponent).toFixed(digits);
  if (Number(mantissa) >= 10) {
    exponent += 1;
    mantissa = (value / 10 ** exponent).toFixed(digits);
  }
  return `${mantissa} × ${pow10(exponent)}`;
}

/** An integer with thousands separators, locale-free ("139,255"). */
export function grouped(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Keep `significant` digits, dropping trailing zeros ("25.6", "671"). */
export function significant(value: number, significantDigits = 3): string {
  return String(Number(value.toPrecision(significantDigits)));
}

/** A count in words where that reads best: "302", "139,255", "25.6 million", "86 billion", then "1.5 × 10¹⁴". */
export function words(value: number): string {
  if (value < 1e6) return grouped(value);
  if (value < 1e9) return `${significant(value / 1e6)} million`;
  if (value < 1e12) return `${significant(value / 1e9)} billion`;
  return sci(value);
}

/** An order-of-magnitude estimate reads as "~10¹¹"; anything else as `words`. */
export function countText(value: number, estimate: boolean): string {
  const exponent = Math.log10(value);
  if (estimate && Number.isInteger(exponent)) return `~${pow10(exponent)}`;
  return words(value);
}
