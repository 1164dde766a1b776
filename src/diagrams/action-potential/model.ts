/**
 * What the action-potential figure shows, as a pure function of its params:
 * a Hodgkin–Huxley run of a patch of membrane (the core's
 * `simulateHodgkinHuxley`) under the chosen current, with reversal potentials
 * from the chosen ion concentrations (Nernst), channels blocked by TTX and
 * TEA, and gates sped up or slowed by temperature (Q10 = 3); the resting
 * potential of the Goldman–Hodgkin–Katz equation; and the events a reader
 * should find in the run, named in words.
 */
import {
  ghkVoltageMilliVolts,
  hhRateFactor,
  hhReversalsFromIons,
  hhSpikeTimesMs,
  RESTING_PERMEABILITIES,
  simulateHodgkinHuxley,
  spikeHalfWidthMs,
  type HhOptions,
  type HhReversals,
  type HhStimulus,
  type HhTrace,
  type IonConcentrations,
} from '../../core';
import { fmt, fmtSigned } from '../../chart/format';
import { memoLast } from '../../params/store';
import type { ActionPotentialParams } from './schema';

/** The run shown, ms, and when the current starts. */
export const RUN_MS = 40;
export const START_MS = 5;
/** Samples every 0.05 ms: fine enough for the upstroke, 801 points a trace. */
const SAMPLE_MS = 0.05;

/**
 * The integration step: 0.025 ms while the gates are at most 3× Hodgkin and
 * Huxley's speed (up to 16.3 °C), 0.01 ms above, where a spike lasts a few
 * tenths of a millisecond (at 25 °C the peak at 0.025 ms is 1.1 mV low; at
 * 0.01 ms within 0.2 mV). At most 4,000 steps a run, about 1 ms here.
 */
export function stepMsAt(temperatureCelsius: number): number {
  return hhRateFactor(temperatureCelsius) > 3 ? 0.01 : 0.025;
}

export interface ActionPotentialModel {
  trace: HhTrace;
  stimulus: HhStimulus;
  spikes: number[];
  /** Highest V, mV, and (if it fired) the lowest V after the first spike. */
  peakMilliVolts: number;
  ahpMilliVolts: number | null;
  /** Where this membrane starts, at rest (its own channels' balance). */
  restMilliVolts: number;
  /** The resting potential of the GHK equation with a resting neuron's permeabilities. */
  ghkMilliVolts: number;
  reversals: HhReversals;
  /** E_Cl: the leak's reversal (`reversals.eLeakMilliVolts`). */
  eClMilliVolts: number;
  /** Width of the first spike at half its height, ms; null with no spike. */
  halfWidthMs: number | null;
  /** How many times faster the gates move than at 6.3 °C. */
  rateFactor: number;
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

export function concentrationsOf(p: ActionPotentialParams): IonConcentrations {
  return {
    na: { outsideMilliMolar: p.nao, insideMilliMolar: p.nai },
    k: { outsideMilliMolar: p.ko, insideMilliMolar: p.ki },
    cl: { outsideMilliMolar: p.clo, insideMilliMolar: p.cli },
  };
}

/** The membrane of a run: everything but the current. */
export function membraneOf(p: ActionPotentialParams): Omit<HhOptions, 'stimulus'> {
  const dtMs = stepMsAt(p.temp);
  return {
    durationMs: RUN_MS,
    dtMs,
    recordEvery: Math.round(SAMPLE_MS / dtMs),
    temperatureCelsius: p.temp,
    reversals: hhReversalsFromIons(concentrationsOf(p), p.temp),
    block: { ttx: p.ttx, tea: p.tea },
  };
}

function sampleAt(trace: HhTrace, tMs: number): number {
  return Math.min(trace.tMs.length - 1, Math.max(0, Math.round(tMs / (trace.tMs[1]! - trace.tMs[0]!))));
}

// The first pulse of a pair, alone: the same whatever the gap, so scrubbing the gap runs it once.
const firstPulseSpikes = memoLast((key: string) => {
  const { options, stimulus } = JSON.parse(key) as { options: HhOptions; stimulus: HhStimulus };
  return hhSpikeTimesMs(simulateHodgkinHuxley({ ...options, stimulus }), 0).length;
});

export function actionPotentialModel(p: ActionPotentialParams): ActionPotentialModel {
  const stimulus = stimulusOf(p);
  const membrane = membraneOf(p);
  const trace = simulateHodgkinHuxley({ ...membrane, stimulus });
  const reversals = membrane.reversals as HhReversals;
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
    // A spike the first pulse starts can peak after the second begins: count the first pulse's own spikes from a run of it alone.
    const alone: HhStimulus = { kind: 'pulse', startMs: START_MS, durationMs: p.dur, amplitudeMicroAmpsPerCm2: p.amp };
    const first = Math.min(spikes.length, firstPulseSpikes(JSON.stringify({ options: membrane, stimulus: alone })));
    pairSpikes = [first, spikes.length - first];
    const i = sampleAt(trace, START_MS + p.gap);
    atSecond = { h: trace.h[i]!, n: trace.n[i]! };
  }
  const facts: Facts = {
    trace,
    stimulus,
    spikes,
    peakMilliVolts,
    ahpMilliVolts,
    restMilliVolts,
    ghkMilliVolts: ghkVoltageMilliVolts(concentrationsOf(p), RESTING_PERMEABILITIES, p.temp),
    reversals,
    eClMilliVolts: reversals.eLeakMilliVolts,
    halfWidthMs: spikes.length ? spikeHalfWidthMs(v, trace.tMs) : null,
    rateFactor: hhRateFactor(p.temp),
    pairSpikes,
    atSecond,
  };
  return { ...facts, explanation: explain(p, facts), summary: summarise(p, facts) };
}

type Facts = Omit<ActionPotentialModel, 'explanation' | 'summary'>;

const mV = (value: number) => `${fmtSigned(value, 1)} mV`;
const pct = (fraction: number) => `${Math.round(fraction * 100)} %`;

/** What the drugs, the ions and the temperature did to this membrane, before the current. */
function conditions(p: ActionPotentialParams, m: Facts): string {
  const parts: string[] = [];
  if (p.ttx > 0) parts.push(`TTX blocks ${pct(p.ttx)} of the Na⁺ channels.`);
  if (p.tea > 0) parts.push(`TEA blocks ${pct(p.tea)} of the K⁺ channels.`);
  if (Math.abs(p.temp - 6.3) >= 0.05)
    parts.push(`At ${fmt(p.temp, 1)} °C the gates move ${fmt(m.rateFactor, m.rateFactor < 10 ? 1 : 0)}× as fast as at Hodgkin and Huxley’s 6.3 °C.`);
  if (m.restMilliVolts > -60 && m.trace.h[0]! < 0.3)
    parts.push(
      `The membrane rests at ${mV(m.restMilliVolts)}, so depolarised that most Na⁺ channels are inactivated (h = ${fmt(m.trace.h[0]!, 2)}, against 0.6 at a normal rest).`,
    );
  return parts.join(' ');
}

function explain(p: ActionPotentialParams, m: Facts): string {
  const before = conditions(p, m);
  const say = (text: string) => (before ? `${before} ${text}` : text);
  const firstSpike =
    `The membrane crossed threshold: Na⁺ channels opened (m rose), Na⁺ ions flowed in and V overshot 0 mV to ${mV(m.peakMilliVolts)}. ` +
    `Then the Na⁺ channels inactivated (h fell) and K⁺ channels opened (n rose): K⁺ flowed out and V fell to ${mV(m.ahpMilliVolts ?? m.restMilliVolts)}, ` +
    (m.ahpMilliVolts !== null && m.ahpMilliVolts < m.restMilliVolts ? 'below rest: the after-hyperpolarisation.' : 'its lowest after the spike.');
  const width =
    m.halfWidthMs !== null && p.tea > 0 ? ` The spike is ${fmt(m.halfWidthMs, 2)} ms wide at half height: fewer K⁺ channels repolarise it more slowly.` : '';
  if (m.spikes.length === 0) {
    if (p.amp === 0) return say(`No current, no change: the membrane rests at ${mV(m.restMilliVolts)}.`);
    if (p.ttx === 1) return say(`With every Na⁺ channel blocked there is no inward current to make a spike: V reached ${mV(m.peakMilliVolts)} and fell back.`);
    if (p.ttx >= 0.5)
      return say(
        `With so few Na⁺ channels left, the inward current cannot outrun the K⁺ and leak currents: V reached ${mV(m.peakMilliVolts)} and no action potential fired.`,
      );
    if (m.restMilliVolts > -60 && m.trace.h[0]! < 0.3)
      return say(`The current moved V to ${mV(m.peakMilliVolts)}, but without Na⁺ channels to open there is no action potential: depolarisation block.`);
    if (m.peakMilliVolts > -20) return say(`V rose to ${mV(m.peakMilliVolts)} but never crossed 0 mV: a spike too small to count.`);
    return say(
      `The current depolarised the membrane to ${mV(m.peakMilliVolts)}, but not past threshold: the few Na⁺ channels it opened were outweighed by K⁺ and leak currents, and V fell back. No action potential. Raise the amplitude or lengthen the pulse.`,
    );
  }
  if (p.stim === 'step') {
    const rate = m.spikes.length > 1 ? 1000 / ((m.spikes[m.spikes.length - 1]! - m.spikes[0]!) / (m.spikes.length - 1)) : 0;
    return say(
      `${firstSpike}${width} A sustained current fires again as soon as the channels recover: ${m.spikes.length} spike${m.spikes.length > 1 ? 's' : ''} in ${RUN_MS - START_MS} ms${rate ? `, about ${fmt(rate, 0)} Hz` : ''}.`,
    );
  }
  if (p.stim === 'pair' && m.pairSpikes && m.atSecond) {
    const [first, second] = m.pairSpikes;
    const state = `when it began, h was ${fmt(m.atSecond.h, 2)} (at rest ${fmt(m.trace.h[0]!, 2)}) and n ${fmt(m.atSecond.n, 2)} (at rest ${fmt(m.trace.n[0]!, 2)})`;
    if (first > 0 && second === 0)
      return say(
        `${firstSpike}${width} The second pulse came ${fmt(p.gap, 1)} ms after the first, inside the refractory period: ${state}, so the same pulse could not fire the membrane again.`,
      );
    if (first > 0 && second > 0)
      return say(`${firstSpike}${width} The second pulse, ${fmt(p.gap, 1)} ms later, fired a second spike: ${state}. Shorten the gap to find where it fails.`);
    if (first === 0 && second > 0)
      return say(`The first pulse alone was below threshold; the second added to what was left of it and fired a spike, peaking at ${mV(m.peakMilliVolts)}.`);
  }
  return say(`${firstSpike}${width}`);
}

function summarise(p: ActionPotentialParams, m: Facts): string {
  if (m.spikes.length === 0) return `No action potential; V peaks at ${mV(m.peakMilliVolts)}.`;
  const count = `${m.spikes.length} action potential${m.spikes.length > 1 ? 's' : ''}`;
  const refractory =
    p.stim === 'pair' && m.pairSpikes && m.pairSpikes[0] > 0 && m.pairSpikes[1] === 0 ? '; the second pulse fell in the refractory period' : '';
  return `${count}, peak ${mV(m.peakMilliVolts)}, after the spike down to ${mV(m.ahpMilliVolts ?? m.restMilliVolts)}${refractory}.`;
}

/** The readouts' texts. */
export const spikesReadout = (m: ActionPotentialModel): string => String(m.spikes.length);
export const firesReadout = (m: ActionPotentialModel): string => (m.spikes.length > 0 ? 'yes' : 'no');
export const vpeakReadout = (m: ActionPotentialModel) => ({
  value: mV(m.peakMilliVolts),
  context: m.peakMilliVolts > 0 ? 'overshoots 0 mV' : 'below 0 mV',
});
export const ahpReadout = (m: ActionPotentialModel) =>
  m.ahpMilliVolts === null ? { value: '—', context: 'no spike' } : { value: mV(m.ahpMilliVolts), context: `rest ${mV(m.restMilliVolts)}` };
export const widthReadout = (m: ActionPotentialModel) =>
  m.halfWidthMs === null ? { value: '—', context: 'no spike' } : { value: `${fmt(m.halfWidthMs, 2)} ms`, context: 'at half height' };
export const vrestReadout = (m: ActionPotentialModel) => ({ value: mV(m.ghkMilliVolts), context: `this membrane rests at ${mV(m.restMilliVolts)}` });
export const enaReadout = (m: ActionPotentialModel) => mV(m.reversals.eNaMilliVolts);
export const ekReadout = (m: ActionPotentialModel) => mV(m.reversals.eKMilliVolts);
export const eclReadout = (m: ActionPotentialModel) => mV(m.eClMilliVolts);
