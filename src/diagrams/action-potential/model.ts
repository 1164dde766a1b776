/**
 * What the action-potential figure shows, as a pure function of its params:
 * a Hodgkin–Huxley run of a patch of squid axon membrane (6.3 °C, the
 * core's `simulateHodgkinHuxley`) under the chosen current, and the events a
 * reader should find in it, named in words.
 */
import { HH_PARAMS, hhSpikeTimesMs, simulateHodgkinHuxley, type HhStimulus, type HhTrace } from '../../core';
import { fmt, fmtSigned } from '../../chart/format';
import type { ActionPotentialParams } from './schema';

/** The run shown, ms, and when the current starts. */
export const RUN_MS = 40;
export const START_MS = 5;
/** One sample in two steps of 0.025 ms: a 0.05 ms grid, fine enough for the upstroke. */
const RECORD_EVERY = 2;

export interface ActionPotentialModel {
  trace: HhTrace;
  stimulus: HhStimulus;
  spikes: number[];
  /** Highest V, mV, and (if it fired) the lowest V after the first spike. */
  peakMilliVolts: number;
  ahpMilliVolts: number | null;
  restMilliVolts: number;
  /** For two pulses: the spikes the first pulse fires alone, and the ones the second adds. */
  pairSpikes: [number, number] | null;
  /** h and n when the second pulse begins (two pulses only). */
  atSecond: { h: number; n: number } | null;
  explanation: string;
  summary: string;
}

export function stimulusOf(p: ActionPotentialParams): HhStimulus {
  if (p.stim === 'step') return { kind: 'step', startMs: START_MS, amplitudeMicroAmpsPerCm2: p.amp };
  if (p.stim === 'pair') return { kind: 'pair', startMs: START_MS, durationMs: p.dur, intervalMs: p.gap, amplitudeMicroAmpsPerCm2: p.amp };
  return { kind: 'pulse', startMs: START_MS, durationMs: p.dur, amplitudeMicroAmpsPerCm2: p.amp };
}

function sampleAt(trace: HhTrace, tMs: number): number {
  return Math.min(trace.tMs.length - 1, Math.max(0, Math.round(tMs / (trace.tMs[1]! - trace.tMs[0]!))));
}

export function actionPotentialModel(p: ActionPotentialParams): ActionPotentialModel {
  const stimulus = stimulusOf(p);
  const trace = simulateHodgkinHuxley({ durationMs: RUN_MS, stimulus, recordEvery: RECORD_EVERY });
  const spikes = hhSpikeTimesMs(trace, 0);
  const v = trace.vMilliVolts;
  const restMilliVolts = v[0]!;
  let peakMilliVolts = -Infinity;
  for (const value of v) peakMilliVolts = Math.max(peakMilliVolts, value);
  let ahpMilliVolts: number | null = null;
  if (spikes.length) {
    const from = sampleAt(trace, spikes[0]!);
    const to = spikes.length > 1 ? sampleAt(trace, spikes[1]!) : v.length;
    ahpMilliVolts = Infinity;
    for (let i = from; i < to; i++) ahpMilliVolts = Math.min(ahpMilliVolts, v[i]!);
  }
  let pairSpikes: [number, number] | null = null;
  let atSecond: { h: number; n: number } | null = null;
  if (p.stim === 'pair') {
    const second = START_MS + p.gap;
    // A spike the first pulse starts can peak after the second begins: count the first pulse's own spikes from a run of it alone.
    const alone = simulateHodgkinHuxley({
      durationMs: RUN_MS,
      stimulus: { kind: 'pulse', startMs: START_MS, durationMs: p.dur, amplitudeMicroAmpsPerCm2: p.amp },
      recordEvery: RECORD_EVERY,
    });
    const first = Math.min(spikes.length, hhSpikeTimesMs(alone, 0).length);
    pairSpikes = [first, spikes.length - first];
    const i = sampleAt(trace, second);
    atSecond = { h: trace.h[i]!, n: trace.n[i]! };
  }
  const model = { trace, stimulus, spikes, peakMilliVolts, ahpMilliVolts, restMilliVolts, pairSpikes, atSecond };
  return { ...model, explanation: explain(p, model), summary: summarise(p, model) };
}

type Facts = Omit<ActionPotentialModel, 'explanation' | 'summary'>;

const mV = (value: number) => `${fmtSigned(value, 1)} mV`;

function explain(p: ActionPotentialParams, m: Facts): string {
  const firstSpike =
    `The membrane crossed threshold: Na⁺ channels opened (m rose), Na⁺ ions flowed in and V overshot 0 mV to ${mV(m.peakMilliVolts)}. ` +
    `Then the Na⁺ channels inactivated (h fell) and K⁺ channels opened (n rose): K⁺ flowed out and V fell below rest to ${mV(m.ahpMilliVolts ?? m.restMilliVolts)}, the after-hyperpolarisation.`;
  if (m.spikes.length === 0) {
    if (p.amp === 0) return `No current, no change: the membrane rests at ${mV(m.restMilliVolts)}.`;
    return `The current depolarised the membrane to ${mV(m.peakMilliVolts)}, but not past threshold: the few Na⁺ channels it opened were outweighed by K⁺ and leak currents, and V fell back. No action potential. Raise the amplitude or lengthen the pulse.`;
  }
  if (p.stim === 'step') {
    const rate = m.spikes.length > 1 ? 1000 / ((m.spikes[m.spikes.length - 1]! - m.spikes[0]!) / (m.spikes.length - 1)) : 0;
    return `${firstSpike} A sustained current fires again as soon as the channels recover: ${m.spikes.length} spike${m.spikes.length > 1 ? 's' : ''} in ${RUN_MS - START_MS} ms${rate ? `, about ${fmt(rate, 0)} Hz` : ''}.`;
  }
  if (p.stim === 'pair' && m.pairSpikes && m.atSecond) {
    const [first, second] = m.pairSpikes;
    const state = `when it began, h was ${fmt(m.atSecond.h, 2)} (at rest ${fmt(m.trace.h[0]!, 2)}) and n ${fmt(m.atSecond.n, 2)} (at rest ${fmt(m.trace.n[0]!, 2)})`;
    if (first > 0 && second === 0)
      return `${firstSpike} The second pulse came ${fmt(p.gap, 1)} ms after the first, inside the refractory period: ${state}, so the same pulse could not fire the membrane again.`;
    if (first > 0 && second > 0)
      return `${firstSpike} The second pulse, ${fmt(p.gap, 1)} ms later, fired a second spike: ${state}. Shorten the gap to find where it fails.`;
    if (first === 0 && second > 0)
      return `The first pulse alone was below threshold; the second added to what was left of it and fired a spike, peaking at ${mV(m.peakMilliVolts)}.`;
  }
  return firstSpike;
}

function summarise(p: ActionPotentialParams, m: Facts): string {
  if (m.spikes.length === 0) return `No action potential; V peaks at ${mV(m.peakMilliVolts)}.`;
  const count = `${m.spikes.length} action potential${m.spikes.length > 1 ? 's' : ''}`;
  const refractory =
    p.stim === 'pair' && m.pairSpikes && m.pairSpikes[0] > 0 && m.pairSpikes[1] === 0 ? '; the second pulse fell in the refractory period' : '';
  return `${count}, peak ${mV(m.peakMilliVolts)}, after-hyperpolarisation to ${mV(m.ahpMilliVolts ?? m.restMilliVolts)}${refractory}.`;
}

/** The readouts' texts. */
export const spikesReadout = (m: ActionPotentialModel): string => String(m.spikes.length);
export const peakReadout = (m: ActionPotentialModel) => ({
  value: mV(m.peakMilliVolts),
  context: m.peakMilliVolts > 0 ? 'overshoots 0 mV' : 'below 0 mV',
});
export const ahpReadout = (m: ActionPotentialModel) =>
  m.ahpMilliVolts === null ? { value: '—', context: 'no spike' } : { value: mV(m.ahpMilliVolts), context: `rest ${mV(m.restMilliVolts)}` };

/** The reversal potentials the currents pull toward, for the figure's key. */
export const REVERSALS = { na: HH_PARAMS.eNaMilliVolts, k: HH_PARAMS.eKMilliVolts };
