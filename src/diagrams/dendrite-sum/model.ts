/**
 * What the dendrite-sum diagram shows, computed only through the core:
 * the potential at the axon initial segment, whether it fires, each synapse's
 * own PSP, and plain words for the extremes (saturation, shunting, all-or-none).
 */
import { actionPotentialTrace, somaPotential, TRANSMITTERS, type SomaPotential, type SummationModel, type SynapseInput } from '../../core';
import { fmt } from '../../chart/format';

/** Everything the view needs for one set of params. */
export interface DendriteModel {
  soma: SomaPotential;
  /** "−61.4 mV": enough decimals that it never looks like threshold when it is not. */
  vmText: string;
  /** "6.4 mV below threshold" or "3.0 mV above threshold". */
  context: string;
  /** Sentences for what the reader is looking at, most important first. */
  explanations: string[];
  /** One settled sentence for screen readers. */
  summary: string;
}

const isExcitatory = (s: SynapseInput): boolean => TRANSMITTERS[s.type].sign === 'excitatory';

/** Format vm with 1 decimal, or more when 1 decimal would round a miss onto threshold (or a hit below it). */
export function formatVm(vm: number, threshold: number, fires: boolean): string {
  for (let digits = 1; digits <= 3; digits++) {
    const shown = Number(vm.toFixed(digits));
    if (fires ? shown >= threshold : shown < threshold) return `${fmt(vm, digits)} mV`;
  }
  return `${fmt(vm, 3)} mV`;
}

function gapText(gap: number): string {
  const digits = gap > 0 && gap < 0.05 ? (gap < 0.005 ? 3 : 2) : 1;
  return fmt(gap, digits);
}

/** The model of the diagram: core summation plus words. */
export function dendriteModel(synapses: readonly SynapseInput[], model: SummationModel): DendriteModel {
  const soma = somaPotential(synapses, model);
  const { vmMilliVolts: vm, thresholdMilliVolts: threshold, restMilliVolts: rest, fires } = soma;
  const vmText = formatVm(vm, threshold, fires);
  const gap = Math.abs(threshold - vm);
  const context = fires ? `${gapText(gap)} mV above threshold` : `${gapText(gap)} mV below threshold`;
  const explanations: string[] = [];

  const active = synapses.filter((s) => s.strength > 0);
  if (synapses.length === 0) {
    explanations.push('No synapses: the membrane rests at −70 mV. Add one below.');
  } else if (active.length === 0) {
    explanations.push('Every synapse is at strength 0, so no transmitter acts and the membrane stays at rest (−70 mV).');
  } else if (fires) {
    explanations.push(
      `${vmText} reaches threshold (−55 mV): the axon initial segment fires an action potential. It is all-or-none — a stronger input gives the same spike, not a bigger one.`,
    );
  } else if (gap < 1) {
    explanations.push(`${vmText} is not enough: ${gapText(gap)} mV short of threshold, and nothing fires, however close. Firing is all-or-none.`);
  } else {
    explanations.push(`${gapText(gap)} mV short of threshold: no action potential yet. Strengthen a synapse or add one.`);
  }

  const excitatory = synapses.filter(isExcitatory);
  const inhibitory = synapses.filter((s) => !isExcitatory(s) && s.strength > 0);
  if (model === 'conductance') {
    const excitationAlone = somaPotential(excitatory, model).vmMilliVolts - rest;
    if (soma.saturated) {
      const sumOfParts = soma.contributions.filter((c) => TRANSMITTERS[c.type].sign === 'excitatory').reduce((sum, c) => sum + c.pspMilliVolts, 0);
      explanations.push(
        `Saturation: one by one, the excitatory synapses would add up to ${fmt(sumOfParts)} mV; together they make ${fmt(excitationAlone)} mV. The nearer the membrane gets to their reversal potential (0 mV), the less each one can push.`,
      );
    }
    if (soma.shunting) {
      const names = [...new Set(inhibitory.map((s) => TRANSMITTERS[s.type].name))].join(' and ');
      const inhibitionAlone = somaPotential(inhibitory, model).vmMilliVolts - rest;
      explanations.push(
        `Shunting inhibition: ${names} at rest barely moves the potential (${fmt(inhibitionAlone)} mV on its own, because chloride reverses near −70 mV) but shrinks the excitatory depolarisation from ${fmt(excitationAlone)} to ${fmt(vm - rest)} mV.`,
      );
    } else if (inhibitory.length > 0 && excitatory.every((s) => s.strength === 0)) {
      explanations.push(
        'On its own, inhibition here hardly moves the membrane: chloride’s reversal potential is about −70 mV, the resting potential. It shows only against excitation.',
      );
    }
  } else {
    if (vm > -40) {
      explanations.push(
        'In the linear picture the potentials add without limit; a real membrane cannot pass the synapses’ reversal potential (0 mV). Switch to the conductance model to see it saturate.',
      );
    }
    if (vm < rest - 0.05) {
      explanations.push(`Inhibition pulls the membrane below rest, to ${vmText} (hyperpolarisation): further from threshold.`);
    }
  }

  const summary = `${vmText}, ${context}. ${fires ? 'The neuron fires an action potential.' : 'No action potential.'}`;
  return { soma, vmText, context, explanations, summary };
}

let apCache: { tMs: Float64Array; vMilliVolts: Float64Array; peakMilliVolts: number } | undefined;

/** The Hodgkin–Huxley action potential shown beside the gauge, computed once per module. */
export function actionPotential(): { tMs: Float64Array; vMilliVolts: Float64Array; peakMilliVolts: number } {
  if (!apCache) {
    const trace = actionPotentialTrace(20, 0.1);
    let peak = -Infinity;
    for (const v of trace.vMilliVolts) peak = Math.max(peak, v);
    apCache = { ...trace, peakMilliVolts: peak };
  }
  return apCache;
}
