/**
 * What changes only with τ, made once per τ for one instance: the neuron,
 * its f–I curve and the f–I panel's scales.
 */
import type { LifParams } from '../../core';
import { memoLast } from '../../params/store';
import { fiLayout } from './layout';
import { fiModel, lifParams, MAX_CURRENT, type FiModel } from './model';

/** A neuron with its f–I curve and the f–I panel's scales: everything that changes only with τ. */
export interface Neuron {
  lif: LifParams;
  fi: FiModel;
  layout: ReturnType<typeof fiLayout>;
}

/** The neuron for a time constant. */
export function neuronOf(tauMs: number): Neuron {
  const lif = lifParams(tauMs);
  const fi = fiModel(lif);
  return { lif, fi, layout: fiLayout(fi, MAX_CURRENT) };
}

/** What the panels show for one set of params: the current and the neuron. */
export interface Shown {
  current: number;
  neuron: Neuron;
}

/** One instance's view of its params: the same neuron object again for the same τ, so a current scrub rebuilds nothing. */
export function shownFor(): (params: { current: number; tau: number }) => Shown {
  const neuron = memoLast(neuronOf);
  return ({ current, tau }) => ({ current, neuron: neuron(tau) });
}
