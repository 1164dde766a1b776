import { useMemo, useRef } from 'react';
import { PlayPause, usePlayback } from '../../ui/PlayPause';
import type { DiagramViewProps } from '../types';
import { derive } from '../../params/store';
import { lagging, useParams, useSelect } from '../../ui/live';
import { Announce, Choice, Readout, Slider } from '../../ui/controls';
import { useAnimationLoop } from '../../ui/useAnimationLoop';
import {
  artificialOutput,
  explainArtificial,
  explainNeuron,
  formulaText,
  nextSeed,
  noisyParams,
  rateCounter,
  rateReadout,
  runFor,
  summary,
  yReadout,
  type CountedRun,
} from './model';
import { advanceSim, firstWindow } from './sim';
import { createTicker } from './ticker';
import { NeuronTrace, OutputTrace } from './Traces';
import type { SpontaneousParams } from './schema';

/** How far "Step" moves simulated time, ms. */
const STEP_MS = 250;
/** Wait this long after the last change of a burst before recounting 10 s of spikes. */
const SETTLE_MS = 120;

const rateText = ({ run, rateHz }: CountedRun) => rateReadout(rateHz, run.noise);
const yText = ({ bias, act }: SpontaneousParams) => yReadout(artificialOutput(bias, act).y);

/** A noisy neuron firing with no input beside an artificial neuron that, given zero, returns φ(b). */
export function SpontaneousView({ store, uid }: DiagramViewProps<SpontaneousParams>) {
  const { seed, bias, act, playing } = useParams(store);
  // The run (noise and seed) as one object per instance; its rate is counted once a scrub of it pauses (ui/live.ts, lagging).
  const { run$, counted$ } = useMemo(() => {
    const run = derive(store, runFor());
    return { run$: run, counted$: derive(lagging(run, SETTLE_MS), rateCounter()) };
  }, [store]);
  const run = useSelect(run$, (r) => r);
  const counted = useSelect(counted$, (c) => c);
  const counting = counted.run !== run;
  // The live run restarts when its noise or seed changes, so it stays the run the readout counts.
  const sim = useMemo(() => firstWindow(noisyParams(run.noise), run.seed), [run]);
  const ticker = useMemo(createTicker, []);
  const { running, toggle } = usePlayback(playing, (next) => store.set({ playing: next }));
  const box = useRef<HTMLDivElement>(null);

  useAnimationLoop(box, running, (dtMs) => {
    advanceSim(sim, dtMs);
    ticker.tick();
  });

  const { y } = artificialOutput(bias, act);
  const spoken = counting ? '' : summary(counted.rateHz, counted.run.noise, y, act);

  return (
    <div className="spontaneous" ref={box}>
      <div className="spontaneous-panels diagram-columns">
        <div className="spontaneous-panel">
          <p className="spontaneous-heading">Model neuron, no input</p>
          <NeuronTrace sim={sim} ticker={ticker} titleId={`${uid}-trace-title`} />
          <div className="spontaneous-buttons">
            <PlayPause running={running} onToggle={toggle} />
            <button
              type="button"
              onClick={() => {
                advanceSim(sim, STEP_MS);
                ticker.tick();
              }}
            >
              Step {STEP_MS} ms
            </button>
            <button type="button" onClick={() => store.set({ seed: nextSeed(seed) })}>
              Another run <span className="spontaneous-small">(seed {seed})</span>
            </button>
          </div>
          <Slider field="noise" />
          <div className={`readouts${counting ? ' spontaneous-counting' : ''}`} aria-busy={counting}>
            <Readout name="rate" label="Rate" source={counted$} text={rateText} />
          </div>
          <p className="explain">{explainNeuron(counted.run.noise, counted.rateHz)}</p>
        </div>
        <div className="spontaneous-panel">
          <p className="spontaneous-heading">Artificial neuron, input x = 0</p>
          <p className="spontaneous-formula">y = φ(0·w + b) = φ(b) = {formulaText(bias, act, y)}</p>
          <OutputTrace act={act} y={y} sim={sim} ticker={ticker} titleId={`${uid}-output-title`} />
          <Slider field="bias" />
          <Choice field="act" />
          <div className="readouts">
            <Readout name="y" label="Output y" text={yText} />
          </div>
          <p className="explain">{explainArtificial(bias, act, y)}</p>
        </div>
      </div>
      <p className="spontaneous-note">
        Many real neurons fire with no stimulus at all, driven by channel noise, intrinsic pacemaker currents and the ongoing activity of the network around
        them; this model lumps all of that into one noise term. Whole brain networks stay busy at rest too: the default mode network is a set of regions active
        when a person rests, which quiet down during demanding tasks (Raichle et al. 2001). A feed-forward network computes only when called, and with x = 0
        only its bias gets through.
      </p>
      <Announce text={() => spoken} />
    </div>
  );
}
