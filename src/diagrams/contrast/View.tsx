import { useMemo } from 'react';
import type { DiagramViewProps } from '../types';
import { derive } from '../../params/store';
import { useSelect } from '../../ui/live';
import { Announce, Choice, Readout, Slider, Toggle } from '../../ui/controls';
import { fmt } from '../../chart/format';
import { centreReadout, contrastFor, explainIllusion, explainNeuron, summary, testRateReadout, type ContrastShown } from './model';
import { Ebbinghaus } from './Ebbinghaus';
import { Timeline } from './Timeline';
import type { ContrastParams } from './schema';

const testRateText = ({ m, before }: ContrastShown) => testRateReadout(m, before);
const afterLargeText = ({ m }: ContrastShown) => `${fmt(m.rates.large, 1)} Hz`;
const afterSmallText = ({ m }: ContrastShown) => `${fmt(m.rates.small, 1)} Hz`;
const ffText = ({ m }: ContrastShown) => ({ value: fmt(m.ffTest, 2), context: 'the same after large, small or none' });
const summaryText = ({ m, before, test }: ContrastShown) => summary(m, before, test);
const centreText = ({ centre }: ContrastParams) => centreReadout(centre);

/** An adapting neuron answers the same test differently after a large or a small stimulus; a feed-forward unit does not. Beside it, the Ebbinghaus illusion. */
export function ContrastView({ store, uid }: DiagramViewProps<ContrastParams>) {
  // The timeline's runs are made once per instance for each change of its own params; the figure's sliders leave them be.
  const shown$ = useMemo(() => derive(store, contrastFor()), [store]);
  const { before, test, gap, m } = useSelect(shown$, (s) => s);
  const centre = useSelect(store, (p) => p.centre);
  const bigring = useSelect(store, (p) => p.bigring);
  const smallring = useSelect(store, (p) => p.smallring);
  const guides = useSelect(store, (p) => p.guides);

  return (
    <div className="contrast">
      <div className="contrast-panels diagram-columns">
        <div>
          <p className="contrast-heading">In time: adaptation</p>
          <Timeline m={m} before={before} test={test} titleId={`${uid}-timeline-title`} />
          <Choice field="before" />
          <div className="controls">
            <Slider field="test" />
            <Slider field="gap" />
          </div>
          <div className="readouts">
            <Readout name="testRate" label="Test response" source={shown$} text={testRateText} />
            <Readout name="testRateAfterLarge" label="After large" source={shown$} text={afterLargeText} />
            <Readout name="testRateAfterSmall" label="After small" source={shown$} text={afterSmallText} />
            <Readout name="ffOutput" label="Feed-forward output" source={shown$} text={ffText} />
          </div>
          <p className="explain">{explainNeuron(m, before, gap)}</p>
        </div>
        <div>
          <p className="contrast-heading">In space: the Ebbinghaus illusion</p>
          <Ebbinghaus centre={centre} bigring={bigring} smallring={smallring} guides={guides} titleId={`${uid}-ebbinghaus-title`} />
          <div className="controls">
            <Slider field="centre" />
            <Slider field="bigring" />
            <Slider field="smallring" />
          </div>
          <Toggle field="guides" />
          <div className="readouts">
            <Readout name="centre" label="Centre circles" text={centreText} />
          </div>
          <p className="explain">{explainIllusion(guides)}</p>
        </div>
      </div>
      <p className="contrast-note">
        A neuron’s answer depends on what came just before: each spike adds to a slow adaptation current, so after a strong stimulus the same test evokes fewer
        spikes (spike-frequency adaptation; Benda &amp; Herz 2003). Perception, too, judges size against the surround, as in the Ebbinghaus illusion (described
        by Hermann Ebbinghaus, popularised by Titchener in 1901). A feed-forward network has no state: the same input gives the same output whatever came
        before. (Recurrent networks and transformers’ context windows do carry context; a feed-forward layer does not.)
      </p>
      <Announce source={shown$} text={summaryText} />
    </div>
  );
}
