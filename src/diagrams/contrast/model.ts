/**
 * The contrast diagram's numbers, through the core: an adapting neuron
 * (`ADAPTING_LIF_PARAMS`) run through a first stimulus, a pause and a test
 * (`adaptedTestRateHz`; the drawn run steps `stepLif` as `runStimulusBlocks`
 * does), and a feed-forward unit
 * (`layerForward`) that answers the test from the test alone.
 */
import { ADAPTING_LIF_PARAMS, adaptedTestRateHz, createLifState, layerForward, lifRheobaseNanoAmps, stepLif, type StimulusBlock } from '../../core';
import { fmt } from '../../chart/format';
import type { Before, ContrastParams } from './schema';

/** The core's protocol lengths: 300 ms first stimulus, 100 ms test. */
export const FIRST_MS = 300;
export const TEST_MS = 100;
/** Simulation step, ms (the core's default). */
export const DT_MS = 0.1;

/** The feed-forward unit: y = ReLU(w·x + b) with its kink at the neuron's rheobase. */
export const FF_WEIGHT = 1;
export const FF_BIAS = -lifRheobaseNanoAmps(ADAPTING_LIF_PARAMS);

/** The adaptation current's decay time constant, ms. */
export const ADAPTATION_TAU_MS = ADAPTING_LIF_PARAMS.adaptation?.tauMs ?? 0;

/** What each choice of `before` puts first, nA. */
export function firstStimulus(before: Before, large: number, small: number): number {
  return before === 'large' ? large : before === 'small' ? small : 0;
}

/** The three blocks: first stimulus, pause, test. */
export function protocol(first: number, gapMs: number, test: number): StimulusBlock[] {
  return [
    { currentNanoAmps: first, durationMs: FIRST_MS },
    { currentNanoAmps: 0, durationMs: gapMs },
    { currentNanoAmps: test, durationMs: TEST_MS },
  ];
}

/** The adapting neuron's rate in the test block after a first stimulus. */
export function testRate(first: number, gapMs: number, test: number): number {
  return adaptedTestRateHz({ conditioningNanoAmps: first, conditioningMs: FIRST_MS, gapMs, testNanoAmps: test, testMs: TEST_MS });
}

/** The feed-forward unit's output for one input. */
export function ffOutput(x: number): number {
  return layerForward([FF_WEIGHT], [FF_BIAS], [x], 1, 1, 'relu').y[0] ?? 0;
}

/** A run for drawing: spike times, and the adaptation current sampled every millisecond. */
export interface ProtocolRun {
  spikesMs: number[];
  adaptationNanoAmps: number[];
  /** Spikes in each block, as runStimulusBlocks counts them. */
  counts: number[];
}

/**
 * Steps the core's neuron through the blocks exactly as `runStimulusBlocks`
 * does (same step, same step counts), recording what that helper does not
 * return: when each spike came and how the adaptation current built up.
 */
export function protocolRun(blocks: readonly StimulusBlock[]): ProtocolRun {
  const params = ADAPTING_LIF_PARAMS;
  const state = createLifState(params);
  const spikesMs: number[] = [];
  const adaptationNanoAmps: number[] = [0];
  const counts: number[] = [];
  const perSample = Math.round(1 / DT_MS);
  let k = 0;
  for (const block of blocks) {
    const steps = Math.round(block.durationMs / DT_MS);
    let count = 0;
    for (let s = 0; s < steps; s++) {
      if (stepLif(state, params, block.currentNanoAmps, DT_MS)) {
        spikesMs.push(state.lastSpikeMs);
        count++;
      }
      if (++k % perSample === 0) adaptationNanoAmps.push(state.adaptationNanoAmps);
    }
    counts.push(count);
  }
  return { spikesMs, adaptationNanoAmps, counts };
}

/** Everything the view shows for one state. */
export interface ContrastModel {
  first: number;
  blocks: StimulusBlock[];
  testStartMs: number;
  /** Runs after each kind of first stimulus, for the three raster rows. */
  runs: Record<Before, ProtocolRun>;
  rates: Record<Before, number>;
  ffTest: number;
  ffFirst: number;
}

/** The whole state. */
export function contrastModel(before: Before, test: number, gapMs: number, large: number, small: number): ContrastModel {
  const firsts: Record<Before, number> = { large, small, none: 0 };
  const runs = {} as Record<Before, ProtocolRun>;
  const rates = {} as Record<Before, number>;
  for (const kind of ['large', 'small', 'none'] as const) {
    runs[kind] = protocolRun(protocol(firsts[kind], gapMs, test));
    rates[kind] = testRate(firsts[kind], gapMs, test);
  }
  const first = firstStimulus(before, large, small);
  return { first, blocks: protocol(first, gapMs, test), testStartMs: FIRST_MS + gapMs, runs, rates, ffTest: ffOutput(test), ffFirst: ffOutput(first) };
}

const BEFORE_WORDS: Record<Before, string> = { large: 'after the large stimulus', small: 'after the small stimulus', none: 'with nothing before' };

/** What the timeline shows for one set of params: the chosen condition, the test, the pause and the model of all three runs. */
export interface ContrastShown {
  before: Before;
  test: number;
  gap: number;
  m: ContrastModel;
}

/**
 * One instance's view of its params: the same object again while only the
 * Ebbinghaus figure's params change, so scrubbing those recomputes no run.
 */
export function contrastFor(): (params: ContrastParams) => ContrastShown {
  let last: { key: string; shown: ContrastShown } | undefined;
  return ({ before, test, gap, large, small }) => {
    const key = `${before}|${test}|${gap}|${large}|${small}`;
    if (last?.key !== key) last = { key, shown: { before, test, gap, m: contrastModel(before, test, gap, large, small) } };
    return last.shown;
  };
}

/** The chosen condition's readout. */
export function testRateReadout(m: ContrastModel, before: Before): { value: string; context: string } {
  const spikes = Math.round((m.rates[before] * TEST_MS) / 1000);
  return { value: `${fmt(m.rates[before], 1)} Hz`, context: `${BEFORE_WORDS[before]} (${spikes} spike${spikes === 1 ? '' : 's'} in ${TEST_MS} ms)` };
}

/** What the adapting neuron did, in words, with the extremes named. */
export function explainNeuron(m: ContrastModel, before: Before, gapMs: number): string {
  const { large, small, none } = m.rates;
  const test = m.blocks[2]?.currentNanoAmps ?? 0;
  if (none === 0)
    return `A test of ${fmt(test, 1)} nA is too weak to make even the fresh neuron fire within ${TEST_MS} ms, so there is nothing for adaptation to reduce. Raise the test stimulus.`;
  if (before === 'none')
    return `With nothing before it, the test gets the fresh neuron's answer: ${fmt(none, 0)} Hz. Choose a large or small first stimulus to see the same test answered differently.`;
  const firstWord = before === 'large' ? 'large' : 'small';
  const built =
    m.runs[before].counts[0] === 0
      ? `The ${firstWord} stimulus (${fmt(m.first, 1)} nA) is below the rheobase: no spikes, so no adaptation builds up.`
      : `Each of the ${m.runs[before].counts[0]} spikes during the ${firstWord} stimulus added to a slow adaptation current that outlasts it and holds the neuron back.`;
  const faded =
    large === small && gapMs > 0
      ? ` After a ${fmt(gapMs, 0)} ms pause most of it has decayed (τ ${fmt(ADAPTATION_TAU_MS, 0)} ms), and the difference is gone.`
      : gapMs > 0
        ? ` A ${fmt(gapMs, 0)} ms pause lets some of it decay (τ ${fmt(ADAPTATION_TAU_MS, 0)} ms).`
        : '';
  return `${built}${faded} The same test: ${fmt(large, 0)} Hz after large, ${fmt(small, 0)} Hz after small, ${fmt(none, 0)} Hz with nothing before.`;
}

/** The Ebbinghaus figure's readout: both centre circles, one size. */
export function centreReadout(centre: number): { value: string; context: string } {
  return { value: `${centre} px`, context: 'both, exactly the same size' };
}

/** What the Ebbinghaus figure says, with or without its guide lines. */
export function explainIllusion(guides: boolean): string {
  return guides
    ? 'The guide lines touch the top and bottom of both centre circles: they are the same size.'
    : 'Most people see the left centre circle, among large neighbours, as smaller than the right one. Turn on the guide lines to check.';
}

/** The settled sentence a screen reader hears. */
export function summary(m: ContrastModel, before: Before, test: number): string {
  return `Test of ${fmt(test, 1)} nA ${BEFORE_WORDS[before]}: the adapting neuron fires ${fmt(m.rates[before], 0)} Hz (${fmt(m.rates.large, 0)} after large, ${fmt(m.rates.small, 0)} after small); the feed-forward unit gives ${fmt(m.ffTest, 2)} in every case.`;
}
