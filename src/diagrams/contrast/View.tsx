import { useMemo } from 'react';
import type { DiagramViewProps } from '../types';
import { Announce } from '../../ui/Announce';
import { Choice } from '../../ui/Choice';
import { Readout } from '../../ui/Readout';
import { Slider } from '../../ui/Slider';
import { fmt } from '../../ui/format';
import { contrastModel, explainNeuron, summary, testRateReadout } from './model';
import { Ebbinghaus } from './Ebbinghaus';
import { Timeline } from './Timeline';
import { BEFORE, contrastSchema, type ContrastParams } from './schema';

const F = contrastSchema.fields;

/** An adapting neuron answers the same test differently after a large or a small stimulus; a feed-forward unit does not. Beside it, the Ebbinghaus illusion. */
export function ContrastView({ params, set, uid }: DiagramViewProps<ContrastParams>) {
  const { before, test, gap, large, small, centre, bigring, smallring, guides } = params;
  const m = useMemo(() => contrastModel(before, test, gap, large, small), [before, test, gap, large, small]);
  const rate = testRateReadout(m, before);

  return (
    <div className="contrast">
      <div className="contrast-panels diagram-columns">
        <div>
          <p className="contrast-heading">In time: adaptation</p>
          <Timeline m={m} before={before} test={test} titleId={`${uid}-timeline-title`} />
          <Choice label={F.before.label} value={before} choices={BEFORE} labels={F.before.choiceLabels} onChange={(value) => set({ before: value })} />
          <div className="controls">
            <Slider
              label={F.test.label}
              value={test}
              min={F.test.min}
              max={F.test.max}
              step={F.test.step}
              display={`${fmt(test, 1)} nA`}
              onChange={(value) => set({ test: value })}
            />
            <Slider
              label={F.gap.label}
              value={gap}
              min={F.gap.min}
              max={F.gap.max}
              step={F.gap.step}
              display={`${fmt(gap, 0)} ms`}
              onChange={(value) => set({ gap: value })}
            />
          </div>
          <div className="readouts">
            <Readout name="testRate" label="Test response" value={rate.value} context={rate.context} />
            <Readout name="testRateAfterLarge" label="After large" value={`${fmt(m.rates.large, 1)} Hz`} />
            <Readout name="testRateAfterSmall" label="After small" value={`${fmt(m.rates.small, 1)} Hz`} />
            <Readout name="ffOutput" label="Feed-forward output" value={fmt(m.ffTest, 2)} context="the same after large, small or none" />
          </div>
          <p className="explain">{explainNeuron(m, before, gap)}</p>
        </div>
        <div>
          <p className="contrast-heading">In space: the Ebbinghaus illusion</p>
          <Ebbinghaus centre={centre} bigring={bigring} smallring={smallring} guides={guides} titleId={`${uid}-ebbinghaus-title`} />
          <div className="controls">
            <Slider
              label={F.centre.label}
              value={centre}
              min={F.centre.min}
              max={F.centre.max}
              step={F.centre.step}
              display={`${centre} px`}
              onChange={(value) => set({ centre: value })}
            />
            <Slider
              label={F.bigring.label}
              value={bigring}
              min={F.bigring.min}
              max={F.bigring.max}
              step={F.bigring.step}
              display={`${bigring} px`}
              onChange={(value) => set({ bigring: value })}
            />
            <Slider
              label={F.smallring.label}
              value={smallring}
              min={F.smallring.min}
              max={F.smallring.max}
              step={F.smallring.step}
              display={`${smallring} px`}
              onChange={(value) => set({ smallring: value })}
            />
          </div>
          <label className="control toggle">
            <input type="checkbox" checked={guides} onChange={(event) => set({ guides: event.currentTarget.checked })} />
            <span>{F.guides.label}</span>
          </label>
          <div className="readouts">
            <Readout name="centre" label="Centre circles" value={`${centre} px`} context="both, exactly the same size" />
          </div>
          <p className="explain">
            {guides
              ? 'The guide lines touch the top and bottom of both centre circles: they are the same size.'
              : 'Most people see the left centre circle, among large neighbours, as smaller than the right one. Turn on the guide lines to check.'}
          </p>
        </div>
      </div>
      <p className="contrast-note">
        A neuron’s answer depends on what came just before: each spike adds to a slow adaptation current, so after a strong stimulus the same test evokes fewer
        spikes (spike-frequency adaptation; Benda &amp; Herz 2003). Perception, too, judges size against the surround, as in the Ebbinghaus illusion (described
        by Hermann Ebbinghaus, popularised by Titchener in 1901). A feed-forward network has no state: the same input gives the same output whatever came
        before. (Recurrent networks and transformers’ context windows do carry context; a feed-forward layer does not.)
      </p>
      <Announce text={summary(m, before, test)} />
    </div>
  );
}
