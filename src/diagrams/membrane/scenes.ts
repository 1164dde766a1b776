/** Named states for the essay's scroll steps: the input current (and the time constant, reset to 20 ms). */
import type { MembraneParams } from './schema';

export const scenes: Record<string, Partial<MembraneParams>> = {
  /** No input: the membrane at rest; pulses show the leak and temporal summation. */
  rest: { current: 0, tau: 20 },
  /** Below rheobase: the potential settles 3 mV under threshold and never fires alone. */
  subthreshold: { current: 1.2, tau: 20 },
  /** Just above rheobase: a slow, regular rhythm. */
  firing: { current: 1.8, tau: 20 },
  /** Strong input: fast firing, bent over by the refractory period. */
  'fast-firing': { current: 4, tau: 20 },
  /** A leakier membrane (τ = 10 ms) at the same current fires more slowly. */
  'fast-leak': { current: 1.8, tau: 10 },
};
