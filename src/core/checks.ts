/**
 * Argument checks for the core's public functions. Diagrams clamp their
 * parameters before calling the core; these checks are for the core as a
 * library, so that a NaN, an infinity or an impossible value stops with a
 * RangeError naming the argument instead of flowing on as NaN.
 */

/** Throws a RangeError unless `value` is a finite number. */
export function requireFinite(name: string, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number (got ${value})`);
}

/** Throws a RangeError unless `value` is finite and > 0. */
export function requirePositive(name: string, value: number): void {
  if (!(Number.isFinite(value) && value > 0)) throw new RangeError(`${name} must be finite and > 0 (got ${value})`);
}

/** Throws a RangeError unless `value` is finite and ≥ 0. */
export function requireNonNegative(name: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0)) throw new RangeError(`${name} must be finite and ≥ 0 (got ${value})`);
}

/** Throws a RangeError unless lo ≤ `value` ≤ hi. */
export function requireInRange(name: string, value: number, lo: number, hi: number): void {
  if (!(value >= lo && value <= hi)) throw new RangeError(`${name} must be in [${lo}, ${hi}] (got ${value})`);
}

/** Lowest temperature the thermodynamic formulas accept: absolute zero is −273.15 °C. */
const ABSOLUTE_ZERO_CELSIUS = -273.15;

/** Throws a RangeError unless `value` is a finite temperature above absolute zero. */
export function requireTemperature(name: string, value: number): void {
  if (!(Number.isFinite(value) && value > ABSOLUTE_ZERO_CELSIUS)) {
    throw new RangeError(`${name} must be a finite temperature above −273.15 °C (got ${value})`);
  }
}
