import { useMemo } from 'react';
import type { DiagramViewProps } from '../types';
import { ACTIVATION_IDS } from '../../core';
import { Announce } from '../../ui/Announce';
import { Choice } from '../../ui/Choice';
import { Readout } from '../../ui/Readout';
import { Slider } from '../../ui/Slider';
import { fmt } from '../../ui/format';
import { baseRateReadout, curves, explainArtificial, explainNeuron, MAX_CURRENT, neuromodulationModel, rateReadout, summary, yReadout } from './model';
import { ActivationPanel, FiPanel } from './Plots';
import { neuromodulationSchema, type NeuromodulationParams } from './schema';

const ACT_LABELS = neuromodulationSchema.fields.act.choiceLabels;

/** One neuromodulator slider retunes the model neuron's f–I curve; the artificial neuron's curve stays put. */
export function NeuromodulationView({ params, set, uid }: DiagramViewProps<NeuromodulationParams>) {
  const { level, current, act } = params;
  const shapes = useMemo(() => curves(level), [level]);
  const m = neuromodulationModel(level, current, act, shapes);
  const rate = rateReadout(m, level, current);
  const base = baseRateReadout(m);
  const y = yReadout(m, current);

  return (
    <div className="neuromodulation">
      <div className="neuromodulation-top">
        <Slider
          className="neuromodulation-level"
          label="Neuromodulator level (e.g. noradrenaline)"
          value={level}
          min={0}
          max={1}
          step={0.01}
          display={level === 0 ? '0 (none)' : fmt(level, 2)}
          valueText={`${fmt(level, 2)}: threshold ${fmt(m.params.thresholdMilliVolts, 1)} mV, gain ${fmt(m.gain, 2)} times`}
          onChange={(value) => set({ level: value })}
        />
        <Slider
          label="Input, the same for both (I in nA, x)"
          value={current}
          min={0}
          max={MAX_CURRENT}
          step={0.05}
          display={`${fmt(current, 2)} nA`}
          onChange={(value) => set({ current: value })}
        />
      </div>
      <div className="neuromodulation-panels diagram-columns">
        <div>
          <p className="neuromodulation-heading">Model neuron: f–I curve</p>
          <FiPanel m={m} level={level} current={current} titleId={`${uid}-fi-title`} />
          <div className="readouts">
            <Readout name="rate" label="Rate" value={rate.value} context={rate.context} />
            <Readout name="baseRate" label="Level 0" value={base.value} context={base.context} />
            <Readout name="threshold" label="Threshold" value={`${fmt(m.params.thresholdMilliVolts, 1)} mV`} context={`gain ×${fmt(m.gain, 2)}`} />
          </div>
          <p className="explain">{explainNeuron(m, level, current)}</p>
        </div>
        <div>
          <p className="neuromodulation-heading">Artificial neuron: activation</p>
          <ActivationPanel m={m} act={act} current={current} titleId={`${uid}-act-title`} />
          <Choice label="Activation φ" value={act} choices={ACTIVATION_IDS} labels={ACT_LABELS} onChange={(value) => set({ act: value })} />
          <div className="readouts">
            <Readout name="y" label="Output y" value={y.value} context={y.context} />
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
      <Announce text={summary(m, level, current)} />
    </div>
  );
}
