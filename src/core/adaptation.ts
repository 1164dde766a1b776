/**
 * Spike-frequency adaptation makes a response depend on recent history: after
 * a strong stimulus the same test stimulus evokes fewer spikes (Benda & Herz
 * 2003, Neural Comput. 15:2523). A feed-forward net answers the same input the
 * same way every time; this is the contrast diagram's point.
 */
import { DEFAULT_LIF_PARAMS, createLifState, stepLif, type LifParams } from './lif';
import type { Rng } from './random';
import type { Hertz, MilliSeconds, NanoAmps } from './units';

/**
 * Default adapting neuron: the brief's LIF plus an adaptation current with
 * b = 0.2 nA per spike and τ_w = 150 ms. Illustrative values: Benda & Herz
 * (2003) review adaptation time constants from tens to hundreds of ms.
 */
export const ADAPTING_LIF_PARAMS: Readonly<LifParams> = {
  ...DEFAULT_LIF_PARAMS,
  adaptation: { incrementNanoAmps: 0.2, tauMs: 150 },
};

/** A constant current held for a while. */
export interface StimulusBlock {
  currentNanoAmps: NanoAmps;
  durationMs: MilliSeconds;
}

/** Spikes and rate in one block. */
export interface BlockResponse {
  spikeCount: number;
  rateHz: Hertz;
}

/** Runs one neuron through consecutive stimulus blocks, carrying its state across them. */
export function runStimulusBlocks(params: LifParams, blocks: readonly StimulusBlock[], dtMs: MilliSeconds = 0.1, rng?: Rng): BlockResponse[] {
  const state = createLifState(params);
  return blocks.map((block) => {
    const steps = Math.round(block.durationMs / dtMs);
    let spikeCount = 0;
    for (let k = 0; k < steps; k++) if (stepLif(state, params, block.currentNanoAmps, dtMs, rng)) spikeCount++;
    return { spikeCount, rateHz: block.durationMs > 0 ? (1000 * spikeCount) / block.durationMs : 0 };
  });
}

/** A conditioning stimulus, an optional pause, then a test stimulus. */
export interface ContrastProtocol {
  conditioningNanoAmps: NanoAmps;
  conditioningMs?: MilliSeconds;
  gapMs?: MilliSeconds;
  testNanoAmps: NanoAmps;
  testMs?: MilliSeconds;
}

/** Rate during the test block after the conditioning block (defaults: 300 ms, no gap, 100 ms test). */
export function adaptedTestRateHz(protocol: ContrastProtocol, params: LifParams = ADAPTING_LIF_PARAMS, dtMs: MilliSeconds = 0.1): Hertz {
  const blocks: StimulusBlock[] = [
    { currentNanoAmps: protocol.conditioningNanoAmps, durationMs: protocol.conditioningMs ?? 300 },
    { currentNanoAmps: 0, durationMs: protocol.gapMs ?? 0 },
    { currentNanoAmps: protocol.testNanoAmps, durationMs: protocol.testMs ?? 100 },
  ];
  return runStimulusBlocks(params, blocks, dtMs)[2].rateHz;
}
