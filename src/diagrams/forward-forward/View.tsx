import { useMemo, useRef } from 'react';
import type { DiagramViewProps } from '../types';
import { Announce } from '../../ui/Announce';
import { Choice } from '../../ui/Choice';
import { Readout } from '../../ui/Readout';
import { Slider } from '../../ui/Slider';
import { useOnScreen } from '../../ui/useAnimationLoop';
import { useReducedMotion } from '../../ui/useReducedMotion';
import { formatNumber } from '../../params/schema';
import { LearnerPanel } from './LearnerPanel';
import { configOf, explain, initialState, readoutTexts, summary } from './model';
import { forwardForwardSchema, MAX_EPOCHS, type ForwardForwardParams } from './schema';
import { useTraining } from './useTraining';

/** Epochs one press trains when motion is reduced. */
const STEP_EPOCHS = 50;
const fields = forwardForwardSchema.fields;

/** Backpropagation and forward–forward, trained live side by side on the same data. */
export function ForwardForwardView({ params, set, uid }: DiagramViewProps<ForwardForwardParams>) {
  const { data, seed, bplr, fflr, pretrain } = params;
  const config = useMemo(() => configOf({ data, seed, bplr, fflr, pretrain }), [data, seed, bplr, fflr, pretrain]);
  // The untrained nets depend on the data and the seed only, so scrubbing a learning rate costs nothing here.
  const initial = useMemo(() => initialState(data, seed), [data, seed]);
  const rootRef = useRef<HTMLDivElement>(null);
  const visible = useOnScreen(rootRef);
  const reduced = useReducedMotion();
  const training = useTraining(config, pretrain, visible);
  const snap = training.progress?.snapshot ?? initial.snapshot;
  const texts = readoutTexts(snap);
  const finished = snap.epoch >= MAX_EPOCHS;
  const waiting = pretrain > 0 && !training.progress;
  const rate = training.progress?.rate;
  const rateNote =
    training.kind === 'worker'
      ? 'Training runs in a background thread, so the page stays smooth.'
      : training.kind === 'main'
        ? 'Training runs in short slices on this page’s own thread.'
        : '';

  return (
    <div ref={rootRef} className="ff" data-engine={training.kind ?? undefined} data-rate={rate ? Math.round(rate) : undefined}>
      <div className="ff-bar">
        {reduced ? (
          <button type="button" onClick={() => training.step(STEP_EPOCHS)} disabled={finished}>
            Train {STEP_EPOCHS} epochs
          </button>
        ) : (
          <button
            type="button"
            onClick={training.wanted ? training.pause : training.play}
            disabled={finished && !training.wanted}
            aria-pressed={training.wanted}
          >
            {training.wanted ? 'Pause' : snap.epoch > 0 ? 'Resume' : 'Play'}
          </button>
        )}
        <button type="button" onClick={training.reset}>
          Reset
        </button>
        <button type="button" onClick={() => set({ seed: (seed % fields.seed.max) + 1, pretrain: 0 })}>
          New seed
        </button>
        <div className="readouts">
          <Readout name="epoch" label="Epoch" value={texts.epoch} context={waiting ? `training ${pretrain} epochs…` : texts.epochContext} />
          <span className="ff-seed">seed {seed}</span>
        </div>
      </div>
      <p className="ff-legend">
        <span>
          <svg viewBox="-5 -5 10 10" width="12" height="12" aria-hidden="true">
            <circle r={4} fill="var(--exc)" />
          </svg>{' '}
          class 1
        </span>
        <span>
          <svg viewBox="-5 -5 10 10" width="12" height="12" aria-hidden="true">
            <rect x={-4} y={-4} width={8} height={8} fill="var(--inh)" />
          </svg>{' '}
          class 0
        </span>
        <span>shading: the class each net predicts there · ring: a point it gets wrong</span>
      </p>
      <div className="ff-panels">
        <LearnerPanel
          which="bp"
          title="Backpropagation"
          subtitle="Errors at the output flow backwards through every layer to every weight."
          points={initial.points}
          grid={snap.bpGrid}
          wrong={snap.bpWrong}
          curve={snap.bpLoss}
          curveFloor={snap.bpLoss[0] ?? 1}
          curveLabel="Loss (cross-entropy), falling as it learns"
          accuracyText={`${texts.bpAccuracy} of the points right`}
          uid={uid}
          readouts={
            <>
              <Readout name="bpAccuracy" label="Points right" value={texts.bpAccuracy} />
              <Readout name="bpLoss" label="Loss" value={texts.bpLoss} />
            </>
          }
        />
        <LearnerPanel
          which="ff"
          title="Forward–forward"
          subtitle="Two forward passes, no backward one: each layer learns on its own to tell correct labels from wrong ones."
          points={initial.points}
          grid={snap.ffGrid}
          wrong={snap.ffWrong}
          curve={snap.ffGap}
          curveFloor={1}
          curveLabel="Goodness gap (positive − negative data), rising as it learns"
          accuracyText={`${texts.ffAccuracy} of the points right`}
          uid={uid}
          readouts={
            <>
              <Readout name="ffAccuracy" label="Points right" value={texts.ffAccuracy} />
              <Readout name="ffGap" label="Goodness gap" value={texts.ffGap} />
            </>
          }
        />
      </div>
      <p className="explain">{explain(snap, rateNote)}</p>
      <div className="ff-controls">
        <Choice
          label={fields.data.label}
          value={data}
          choices={fields.data.choices}
          labels={fields.data.choiceLabels}
          onChange={(value) => set({ data: value, pretrain: 0 })}
        />
        <Slider
          label={fields.bplr.label}
          value={bplr}
          min={fields.bplr.min}
          max={fields.bplr.max}
          step={fields.bplr.step}
          display={formatNumber(bplr)}
          onChange={(value) => set({ bplr: value, pretrain: 0 })}
        />
        <Slider
          label={fields.fflr.label}
          value={fflr}
          min={fields.fflr.min}
          max={fields.fflr.max}
          step={fields.fflr.step}
          display={formatNumber(fflr)}
          onChange={(value) => set({ fflr: value, pretrain: 0 })}
        />
      </div>
      <p className="ff-note">
        Both nets have two hidden layers of 12 units and start from the same seed. Changing a setting starts a fresh run. Forward–forward: Hinton 2022,
        arXiv:2212.13345; the label is written into the input, and a point is classified by the label that gives the most goodness. Other proposals for learning
        without exact backpropagation are reviewed by Lillicrap et al. 2020, Nat. Rev. Neurosci. 21:335.
      </p>
      <Announce text={training.playing ? '' : summary(snap)} />
    </div>
  );
}
