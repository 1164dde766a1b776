/**
 * The scale chart's model: the core's counts as chart points, and the
 * calculator's total compared with the species and the largest network.
 * All figures come from src/core/data/scale.ts; nothing is restated here.
 */
import { NETWORKS, SCALE_ENTRIES, SPECIES, synapseEstimate, type Count, type ScaleEntry } from '../../core';
import { countText, pow10, sci, significant, words } from './format';

/** What a point measures; each is drawn with its own shape. */
export type Measure = 'neurons' | 'synapses' | 'units' | 'parameters' | 'active';

/** One marker of the chart: a count of one row, with what the caption says about it. */
export interface ChartPoint {
  key: string;
  entry: ScaleEntry;
  measure: Measure;
  count: Count;
  /** The caption: name, value (range), note, source and year. */
  caption: string;
}

const MEASURE_WORDS: Record<Measure, string> = {
  neurons: 'neurons',
  synapses: 'synapses',
  units: 'units (“neurons”)',
  parameters: 'parameters',
  active: 'parameters active per token',
};

/** A row's name without its parenthesis, for the chart's narrow label column. */
export function shortName(entry: ScaleEntry): string {
  if (entry.id === 'perceptron-mark-i') return 'Mark I perceptron';
  return entry.name.replace(/\s*\(.*\)$/, '');
}

function rangeText(count: Count): string {
  if (count.low === undefined || count.high === undefined) return '';
  const estimate = count.quality === 'estimate';
  return ` (range ${countText(count.low, estimate).replace('~', '')}–${countText(count.high, estimate).replace('~', '')})`;
}

function sourceText(entry: ScaleEntry): string {
  const link = entry.source.doi ? `, doi:${entry.source.doi}` : entry.source.arxiv ? `, arXiv:${entry.source.arxiv}` : '';
  return `${entry.source.citation}${link}`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function countPhrase(measure: Measure, count: Count): string {
  const value = countText(count.value, count.quality === 'estimate');
  const approx = count.quality === 'estimate' && !value.startsWith('~') ? 'about ' : '';
  const note = count.note ? `; ${count.note}` : '';
  return `${approx}${value} ${MEASURE_WORDS[measure]}${rangeText(count)}${note}`;
}

function sourceSentence(entry: ScaleEntry): string {
  return `Source: ${sourceText(entry)} (${entry.kind === 'species' ? 'source' : 'model'} year ${entry.year}).`;
}

/** The caption for one count of one row, as plain text. */
export function caption(entry: ScaleEntry, measure: Measure, count: Count): string {
  return `${capitalized(entry.name)}: ${countPhrase(measure, count)}. ${sourceSentence(entry)}`;
}

/** The caption for a whole row: every count, then the source once. */
export function rowCaption(points: readonly ChartPoint[]): string {
  const entry = points[0]?.entry;
  if (!entry) return '';
  return `${capitalized(entry.name)}: ${points.map((p) => countPhrase(p.measure, p.count)).join('. ')}. ${sourceSentence(entry)}`;
}

function point(entry: ScaleEntry, measure: Measure, count: Count | undefined): ChartPoint[] {
  return count ? [{ key: `${entry.id}:${measure}`, entry, measure, count, caption: caption(entry, measure, count) }] : [];
}

/** Every marker, row by row (species first), left to right within a row. */
export function chartPoints(): ChartPoint[] {
  return SCALE_ENTRIES.flatMap((entry) =>
    entry.kind === 'species'
      ? [...point(entry, 'neurons', entry.neurons), ...point(entry, 'synapses', entry.synapses)]
      : [...point(entry, 'units', entry.neurons), ...point(entry, 'active', entry.activeParameters), ...point(entry, 'parameters', entry.parameters)],
  );
}

/** The network with the most parameters (the calculator's yardstick). */
export function largestNetwork(): ScaleEntry & { parameters: Count } {
  let best = NETWORKS[0]!;
  for (const n of NETWORKS) if ((n.parameters?.value ?? 0) > (best.parameters?.value ?? 0)) best = n;
  return best as ScaleEntry & { parameters: Count };
}

/** Where a synapse total falls among the species' synapse counts, in words. */
export function compareWithSpecies(total: number): string {
  const rows = SPECIES.map((s) => ({ name: shortName(s), count: s.synapses! }));
  const human = rows[rows.length - 1]!;
  if (human.count.low !== undefined && human.count.high !== undefined && total >= human.count.low && total <= human.count.high) {
    return `within the range estimated for the whole human brain (${pow10(Math.log10(human.count.low))}–${pow10(Math.log10(human.count.high))})`;
  }
  if (total > (human.count.high ?? human.count.value))
    return `more than even the upper estimate for a human brain (${countText(human.count.high ?? human.count.value, true)})`;
  const first = rows[0]!;
  if (total < first.count.value) return `fewer than the ${words(first.count.value)} synapses of ${first.name}, the smallest nervous system here`;
  for (let i = 1; i < rows.length; i++) {
    const below = rows[i - 1]!;
    const above = rows[i]!;
    if (total <= above.count.value) {
      const near = Math.abs(Math.log10(total / below.count.value)) < Math.abs(Math.log10(total / above.count.value)) ? below : above;
      return `between ${below.name} and ${above.name}; closest to ${near.name} (${countText(near.count.value, near.count.quality === 'estimate')} synapses)`;
    }
  }
  return '';
}

/** A ratio as text: two significant digits ("900", "0.0015"), scientific from 10⁴ up. */
export function ratioText(ratio: number): string {
  return ratio >= 1e4 ? sci(ratio, 1) : significant(ratio, 2);
}

/** A species' synapses divided by its neurons (the calculator's presets). */
export function perNeuron(entry: ScaleEntry): number {
  return (entry.synapses?.value ?? 0) / (entry.neurons?.value ?? 1);
}

/** What the calculator shows for a neuron count and synapses per neuron. */
export interface CalculatorResult {
  total: number;
  totalText: string;
  largest: ScaleEntry & { parameters: Count };
  ratio: number;
  ratioText: string;
  /** Words that put the ratio in context. */
  ratioContext: string;
  compare: string;
  /** A sentence for settings at the ends of the sliders; '' otherwise. */
  extreme: string;
}

/** The calculator: neurons × synapses per neuron (the core's synapseEstimate), against the largest network. */
export function calculator(neurons: number, synapsesPerNeuron: number): CalculatorResult {
  const total = synapseEstimate(neurons, synapsesPerNeuron);
  const largest = largestNetwork();
  const ratio = total / largest.parameters.value;
  const inverse = 1 / ratio;
  const ratioContext =
    ratio >= 1
      ? `the total has ${ratioText(ratio)} times as many synapses as ${largest.name} has parameters`
      : `${largest.name} has ${ratioText(inverse)} times as many parameters as this total has synapses`;
  let extreme = '';
  if (synapsesPerNeuron < 10)
    extreme = `Fewer than 10 synapses per neuron is sparser than any nervous system charted here (C. elegans has about ${Math.round(perNeuron(SPECIES[0]!))} per neuron).`;
  else if (synapsesPerNeuron > 2e4)
    extreme =
      'Above about 20,000 synapses per neuron is beyond a typical cortical pyramidal cell (~10⁴); few cells reach this: the largest pyramidal cells approach it, and cerebellar Purkinje cells (on the order of 10⁵ inputs) exceed it.';
  else if (neurons > 2e11) extreme = 'More than 200 billion neurons is more than twice a human brain’s 86 billion.';
  return {
    total,
    totalText: `${sci(total)} synapses`,
    largest,
    ratio,
    ratioText: `${ratioText(ratio)} × ${largest.name}’s ${words(largest.parameters.value)} parameters`,
    ratioContext,
    compare: compareWithSpecies(total),
    extreme,
  };
}
