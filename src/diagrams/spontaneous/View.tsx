import { useMemo, useRef } from 'react';
import { PlayPause, usePlayback } from '../../ui/PlayPause';
import type { DiagramViewProps } from '../types';
import { Announce } from '../../ui/Announce';
import { Choice } from '../../ui/Choice';
import { Readout } from '../../ui/Readout';
import { Slider } from '../../ui/Slider';
import { fmt } from '../../ui/format';
import { useAnimationLoop } from '../../ui/useAnimationLoop';
import { ACTIVATION_IDS } from '../../core';
import { artificialOutput, explainArtificial, explainNeuron, formulaText, noisyParams, rateReadout, spontaneousRate, summary, yReadout } from './model';
import { advanceSim, firstWindow } from './sim';
import { createTicker } from './ticker';
import { NeuronTrace, OutputTrace } from './Traces';
import { useSettled } from './useSettled';
import { spontaneousSchema, type SpontaneousParams } from './schema';

/** How far "Step" moves simulated time, ms. */
const STEP_MS = 250;
/** Wait this long after the last change before recounting 10 s of spikes. */
const SETTLE_MS = 120;

/** Rates already counted, by noise and seed: scrubbing back is free. */
const rateCache = new Map<string, number>();
function cachedRate(noise: number, seed: number): number {
  const key = `${noise}|${seed}`;
  let rate = rateCache.get(key);
  if (rate === undefined) {
    rate = spontaneousRate(noise, seed);
    if (rateCache.size > 200) rateCache.clear();
    rateCache.set(key, rate);
  }
  return rate;
}

const ACT_LABELS = spontaneousSchema.fields.act.choiceLabels;

/** A noisy neuron firing with no input beside an artificial neuron that, given zero, returns φ(b). */
export function SpontaneousView({ params, set, uid }: DiagramViewProps<SpontaneousParams>) {
  const { noise, seed, bias, act } = params;
  // The live run restarts when its noise or seed changes, so it stays the run the readout counts.
  const sim = useMemo(() => firstWindow(noisyParams(noise), seed), [noise, seed]);
  const ticker = useMemo(createTicker, []);
  const { running, toggle } = usePlayback(params.playing, (playing) => set({ playing }));
  const box = useRef<HTMLDivElement>(null);

  useAnimationLoop(box, running, (dtMs) => {
    advanceSim(sim, dtMs);
    ticker.tick();
  });

  const settledKey = useSettled(`${noise}|${seed}`, SETTLE_MS);
  const [settledNoise, settledSeed] = settledKey.split('|').map(Number) as [number, number];
  const counting = settledNoise !== noise || settledSeed !== seed;
  const rate = useMemo(() => cachedRate(settledNoise, settledSeed), [settledNoise, settledSeed]);
  const rateText = rateReadout(rate, settledNoise);
  const { y } = artificialOutput(bias, act);
  const yText = yReadout(y);

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
            <button type="button" onClick={() => set({ seed: (seed % 9999) + 1 })}>
              Another run <span className="spontaneous-small">(seed {seed})</span>
            </button>
          </div>
          <Slider
            label="Membrane noise σ"
            value={noise}
            min={0}
            max={12}
            step={0.1}
            display={`${fmt(noise, 1)} mV`}
            onChange={(value) => set({ noise: value })}
          />
          <div className={`readouts${counting ? ' spontaneous-counting' : ''}`} aria-busy={counting}>
            <Readout name="rate" label="Rate" value={rateText.value} context={rateText.context} />
          </div>
          <p className="explain">{explainNeuron(settledNoise, rate)}</p>
        </div>
        <div className="spontaneous-panel">
          <p className="spontaneous-heading">Artificial neuron, input x = 0</p>
          <p className="spontaneous-formula">y = φ(0·w + b) = φ(b) = {formulaText(bias, act, y)}</p>
          <OutputTrace act={act} y={y} sim={sim} ticker={ticker} titleId={`${uid}-output-title`} />
          <Slider label="Bias b" value={bias} min={-3} max={3} step={0.05} display={fmt(bias, 2)} onChange={(value) => set({ bias: value })} />
          <Choice label="Activation φ" value={act} choices={ACTIVATION_IDS} labels={ACT_LABELS} onChange={(value) => set({ act: value })} />
          <div className="readouts">
            <Readout name="y" label="Output y" value={yText.value} context={yText.context} />
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
      <Announce text={counting ? '' : summary(rate, settledNoise, y, act)} />
    </div>
  );
}
