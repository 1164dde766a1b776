/**
 * A rolling trace: the samples of a quantity over time (a membrane
 * potential), oldest first, and the spike times, of which only the last
 * `windowMs` are kept. What a live simulation appends to every frame and a
 * chart draws from `start` on. Mutable by design; no clock, no DOM.
 */
export interface RollingTrace {
  /** Sample times (ms) and values, oldest first; `start` marks the first still in use. */
  t: number[];
  v: number[];
  start: number;
  /** Spike times still in view, ms. */
  spikes: number[];
  /** Time asked for but not yet stepped (less than one step), ms. */
  carryMs: number;
}

/** A trace holding one sample. */
export function createTrace(tMs: number, value: number): RollingTrace {
  return { t: [tMs], v: [value], start: 0, spikes: [], carryMs: 0 };
}

/** Append one sample. */
export function record(trace: RollingTrace, tMs: number, value: number): void {
  trace.t.push(tMs);
  trace.v.push(value);
}

/**
 * How many whole steps of `dtMs` fit in `ms` plus what was carried over; the
 * rest is carried to the next call, so a simulation stepped by frames of any
 * length takes exactly the steps it would take in one go.
 */
export function takeSteps(trace: RollingTrace, ms: number, dtMs: number): number {
  const total = ms + trace.carryMs;
  const steps = Math.floor(total / dtMs + 1e-9);
  trace.carryMs = Math.max(0, total - steps * dtMs);
  return steps;
}

/**
 * Forget what is older than `oldestMs`: samples (keeping the one just before,
 * so a line still enters the window from its edge), and spikes older than
 * `oldestMs − spikeMarginMs`. The arrays are trimmed in bulk now and then,
 * not on every call.
 */
export function forget(trace: RollingTrace, oldestMs: number, spikeMarginMs = 0): void {
  while (trace.start < trace.t.length - 2 && (trace.t[trace.start + 1] ?? Infinity) < oldestMs) trace.start++;
  if (trace.start > 4000) {
    trace.t.splice(0, trace.start);
    trace.v.splice(0, trace.start);
    trace.start = 0;
  }
  while (trace.spikes.length && (trace.spikes[0] ?? 0) < oldestMs - spikeMarginMs) trace.spikes.shift();
}
