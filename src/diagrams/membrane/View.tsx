import { useMemo } from 'react';
import type { DiagramViewProps } from '../types';
import { lifRheobaseNanoAmps } from '../../core';
import { derive } from '../../params/store';
import { lagging, useLive, useSelect } from '../../ui/live';
import { Announce, Readout, Slider } from '../../ui/controls';
import { fmt } from '../../chart/format';
import { explain, rateReadout, summary } from './model';
import { shownFor, type Shown } from './neuron';
import { FiPlot } from './FiPlot';
import { Trace } from './Trace';
import type { MembraneParams } from './schema';

const rateText = ({ current, neuron }: Shown) => rateReadout(neuron.lif, current);
const summaryText = ({ current, neuron }: Shown) => summary(neuron.lif, current);
const rheobaseText = ({ neuron }: Shown) => `${fmt(lifRheobaseNanoAmps(neuron.lif), 1)} nA`;

/**
 * The membrane over time under leaky integrate-and-fire, beside its f–I
 * curve and a ReLU. React re-renders it when τ changes; a current scrub
 * writes the f–I marker, the rate and the words directly, and the trace
 * draws its own frames (src/ui/live.ts).
 */
export function MembraneView({ store, uid }: DiagramViewProps<MembraneParams>) {
  const shown$ = useMemo(() => derive(store, shownFor()), [store]);
  const neuron = useSelect(shown$, (s) => s.neuron);
  // The sentence wraps, so it cannot have a box of its own: it catches up when a scrub pauses (store.ts, lagging).
  const words$ = useMemo(() => lagging(shown$), [shown$]);
  const words = useLive<HTMLParagraphElement, Shown>(words$, ({ current, neuron: n }) => ({ text: explain(n.lif, current) }));

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
        <Slider field="current" />
        <Slider field="tau" />
      </div>
      <div className="readouts">
        <Readout name="rate" label="Firing rate" source={shown$} text={rateText} />
        <Readout name="rheobase" label="Rheobase" source={shown$} text={rheobaseText} />
      </div>
      <p ref={words.ref} className="explain">
        {words.text}
      </p>
      <Announce source={shown$} text={summaryText} />
    </div>
  );
}
