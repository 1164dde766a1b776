import { useCallback, useMemo } from 'react';
import type { LiveViewProps } from '../types';
import { lifRheobaseNanoAmps } from '../../core';
import { useLive, useSelect } from '../live';
import { derive, lagging } from '../store';
import { LiveAnnounce } from '../../ui/LiveAnnounce';
import { Readout } from '../../ui/Readout';
import { LiveReadout } from '../../ui/LiveReadout';
import { LiveSlider } from '../../ui/LiveSlider';
import { fmt } from '../../ui/format';
import { explain, MAX_CURRENT, neuronOf, rateReadout, summary, type Neuron } from './model';
import { FiPlot } from './FiPlot';
import { Trace } from './Trace';
import type { MembraneParams } from './schema';

/** What the panels show for one set of params: the current and the neuron (made once per τ). */
export interface Shown {
  current: number;
  neuron: Neuron;
}

const currentSlider = ({ current }: MembraneParams) => ({ value: current, display: `${fmt(current, 2)} nA` });
const tauSlider = ({ tau }: MembraneParams) => ({ value: tau, display: `${fmt(tau, 0)} ms` });
const rateText = ({ current, neuron }: Shown) => rateReadout(neuron.lif, current);
const summaryText = ({ current, neuron }: Shown) => summary(neuron.lif, current);

/**
 * The membrane over time under leaky integrate-and-fire, beside its f–I
 * curve and a ReLU. React re-renders it when τ changes; a current scrub
 * writes the f–I marker, the rate and the words directly, and the trace
 * draws its own frames (src/diagrams/live.ts).
 */
export function MembraneView({ store, uid }: LiveViewProps<MembraneParams>) {
  const shown$ = useMemo(() => derive(store, ({ current, tau }): Shown => ({ current, neuron: neuronOf(tau) })), [store]);
  const neuron = useSelect(shown$, (s) => s.neuron);
  // The sentence wraps, so it cannot have a box of its own: it catches up when a scrub pauses (store.ts, lagging).
  const words$ = useMemo(() => lagging(shown$), [shown$]);
  const words = useLive<HTMLParagraphElement, Shown>(words$, ({ current, neuron: n }) => ({ text: explain(n.lif, current) }));
  const onCurrent = useCallback((current: number) => store.set({ current }), [store]);
  const onTau = useCallback((tau: number) => store.set({ tau }), [store]);

  return (
    <div className="membrane">
      <div className="membrane-panels diagram-columns">
        <Trace store={store} lif={neuron.lif} titleId={`${uid}-trace-title`} />
        <div className="membrane-fi-box">
          <FiPlot shown$={shown$} neuron={neuron} titleId={`${uid}-fi-title`} />
          <p className="membrane-caption">
            A rate neuron’s activation function plays the part of this curve: a ReLU is zero, then straight; the neuron’s curve starts steep and bends.
          </p>
        </div>
      </div>
      <div className="controls">
        <LiveSlider label="Input current I" min={0} max={MAX_CURRENT} step={0.05} source={store} view={currentSlider} onChange={onCurrent} />
        <LiveSlider label="Time constant τ" min={5} max={40} step={1} source={store} view={tauSlider} onChange={onTau} />
      </div>
      <div className="readouts">
        <LiveReadout name="rate" label="Firing rate" source={shown$} view={rateText} />
        <Readout name="rheobase" label="Rheobase" value={`${fmt(lifRheobaseNanoAmps(neuron.lif), 1)} nA`} />
      </div>
      <p ref={words.ref} className="explain">
        {words.text}
      </p>
      <LiveAnnounce source={shown$} text={summaryText} />
    </div>
  );
}
