import { useMemo } from 'react';
import type { DiagramViewProps } from '../types';
import { derive } from '../../params/store';
import { useSelect } from '../../ui/live';
import { Announce, Choice, Readout, Slider } from '../../ui/controls';
import {
  baseRateReadout,
  explainArtificial,
  explainNeuron,
  neuromodulationFor,
  rateReadout,
  summary,
  thresholdReadout,
  yReadout,
  type NeuromodulationShown,
  levelValueText,
} from './model';
import { ActivationPanel, FiPanel } from './Plots';
import type { NeuromodulationParams } from './schema';

const rateText = ({ m, level, current }: NeuromodulationShown) => rateReadout(m, level, current);
const baseRateText = ({ m }: NeuromodulationShown) => baseRateReadout(m);
const thresholdText = ({ m }: NeuromodulationShown) => thresholdReadout(m);
const yText = ({ m, current }: NeuromodulationShown) => yReadout(m, current);
const summaryText = ({ m, level, current }: NeuromodulationShown) => summary(m, level, current);

/** One neuromodulator slider retunes the model neuron's f–I curve; the artificial neuron's curve stays put. */
export function NeuromodulationView({ store, uid }: DiagramViewProps<NeuromodulationParams>) {
  const shown$ = useMemo(() => derive(store, neuromodulationFor()), [store]);
  // Both panels and both sentences depend on every param: the view draws them all from one model.
  const { m, level, current, act } = useSelect(shown$, (s) => s);

  return (
    <div className="neuromodulation">
      <div className="neuromodulation-top">
        <Slider field="level" valueText={levelValueText} className="neuromodulation-level" />
        <Slider field="current" />
      </div>
      <div className="neuromodulation-panels diagram-columns">
        <div>
          <p className="neuromodulation-heading">Model neuron: f–I curve</p>
          <FiPanel m={m} level={level} current={current} titleId={`${uid}-fi-title`} />
          <div className="readouts">
            <Readout name="rate" label="Rate" source={shown$} text={rateText} />
            <Readout name="baseRate" label="Level 0" source={shown$} text={baseRateText} />
            <Readout name="threshold" label="Threshold" source={shown$} text={thresholdText} />
          </div>
          <p className="explain">{explainNeuron(m, level, current)}</p>
        </div>
        <div>
          <p className="neuromodulation-heading">Artificial neuron: activation</p>
          <ActivationPanel m={m} act={act} current={current} titleId={`${uid}-act-title`} />
          <Choice field="act" />
          <div className="readouts">
            <Readout name="y" label="Output y" source={shown$} text={yText} />
          </div>
          <p className="explain">{explainArtificial(m, act)}</p>
        </div>
      </div>
      <p className="neuromodulation-note">
        Neuromodulators such as noradrenaline, dopamine, serotonin and acetylcholine change neurons’ threshold and gain, and their synapses, so the same circuit
        answers the same input differently with the body’s state (Marder 2012). Here the level lowers the threshold by up to 3 mV and raises the membrane
        resistance, the curve’s gain, by up to 1.5 times: illustrative values, not measurements. A trained network’s weights and activation do not change with
        anything like that. It can still respond to a state if the state is given to it as an input, a context token or a conditioning signal, but then someone
        has to feed it in.
      </p>
      <Announce source={shown$} text={summaryText} />
    </div>
  );
}
