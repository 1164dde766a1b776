import { useMemo } from 'react';
import type { DiagramViewProps } from '../types';
import { lifRateHz, lifRheobaseNanoAmps } from '../../core';
import { Announce } from '../../ui/Announce';
import { Readout } from '../../ui/Readout';
import { Slider } from '../../ui/Slider';
import { fmt } from '../../ui/format';
import { fiLayout } from './layout';
import { explain, fiModel, lifParams, MAX_CURRENT, rateReadout, summary } from './model';
import { FiPlot } from './FiPlot';
import { Trace } from './Trace';
import type { MembraneParams } from './schema';

/** The membrane over time under leaky integrate-and-fire, beside its f–I curve and a ReLU. */
export function MembraneView({ params, set, uid }: DiagramViewProps<MembraneParams>) {
  const lif = useMemo(() => lifParams(params.tau), [params.tau]);
  const fi = useMemo(() => fiModel(lif), [lif]);
  const layout = useMemo(() => fiLayout(fi, MAX_CURRENT), [fi]);
  const rate = lifRateHz(lif, params.current);
  const rateText = rateReadout(lif, params.current);

  return (
    <div className="membrane">
      <div className="membrane-panels diagram-columns">
        <Trace params={params} lif={lif} set={set} titleId={`${uid}-trace-title`} />
        <div className="membrane-fi-box">
          <FiPlot fi={fi} layout={layout} current={params.current} rate={rate} titleId={`${uid}-fi-title`} />
          <p className="membrane-caption">A rate neuron’s activation function plays the part of this curve: a ReLU is zero, then straight; the neuron’s curve starts steep and bends.</p>
        </div>
      </div>
      <div className="controls">
        <Slider label="Input current I" value={params.current} min={0} max={MAX_CURRENT} step={0.05} display={`${fmt(params.current, 2)} nA`} onChange={(current) => set({ current })} />
        <Slider label="Time constant τ" value={params.tau} min={5} max={40} step={1} display={`${fmt(params.tau, 0)} ms`} onChange={(tau) => set({ tau })} />
      </div>
      <div className="readouts">
        <Readout name="rate" label="Firing rate" value={rateText.value} context={rateText.context} />
        <Readout name="rheobase" label="Rheobase" value={`${fmt(lifRheobaseNanoAmps(lif), 1)} nA`} />
      </div>
      <p className="explain">{explain(lif, params.current)}</p>
      <Announce text={summary(lif, params.current)} />
    </div>
  );
}
