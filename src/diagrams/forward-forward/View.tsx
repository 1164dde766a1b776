import { useMemo, useRef } from 'react';
import type { DiagramViewProps } from '../types';
import { derive } from '../../params/store';
import { useParams, useSelect } from '../../ui/live';
import { Announce, Choice, Readout, Slider } from '../../ui/controls';
import { useOnScreen } from '../../ui/useAnimationLoop';
import { useReducedMotion } from '../../ui/useReducedMotion';
import { LearnerPanel } from './LearnerPanel';
import {
  announcement,
  bpAccuracyReadout,
  bpLossReadout,
  configOf,
  epochReadout,
  explain,
  ffAccuracyReadout,
  ffGapReadout,
  initialState,
  runKey,
  runShownFor,
} from './model';
import { forwardForwardSchema, MAX_EPOCHS, type ForwardForwardParams } from './schema';
import { engineNote, useTraining } from '../../ui/training/useTraining';
import { ffCourse } from './trainer';

/** Epochs one press trains when motion is reduced. */
const STEP_EPOCHS = 50;
const fields = forwardForwardSchema.fields;
const makeWorker = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

/**
 * Backpropagation and forward–forward, trained live side by side on the same
 * data. The run's progress is a store (useTraining): the readouts follow it
 * in place, and the panels re-render with each snapshot.
 */
export function ForwardForwardView({ store, uid }: DiagramViewProps<ForwardForwardParams>) {
  const params = useParams(store);
  const { data, seed, bplr, fflr, pretrain } = params;
  const config = useMemo(() => configOf({ data, seed, bplr, fflr, pretrain }), [data, seed, bplr, fflr, pretrain]);
  // The untrained nets depend on the data and the seed only, so scrubbing a learning rate costs nothing here.
  const initial = useMemo(() => initialState(data, seed), [data, seed]);
  const rootRef = useRef<HTMLDivElement>(null);
  const visible = useOnScreen(rootRef);
  const reduced = useReducedMotion();
  const training = useTraining({ key: runKey(config, pretrain), config, pretrain, visible, course: ffCourse, makeWorker });
  const { progress$, key } = training;
  const shown$ = useMemo(() => derive(progress$, runShownFor(key, initial.snapshot, pretrain)), [progress$, key, initial, pretrain]);
  const { snap, texts, rate } = useSelect(shown$, (s) => s);
  const finished = snap.epoch >= MAX_EPOCHS;

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
        <button type="button" onClick={() => store.set({ seed: (store.get().seed % fields.seed.max) + 1, pretrain: 0 })}>
          New seed
        </button>
        <div className="readouts">
          <Readout name="epoch" label="Epoch" source={shown$} text={epochReadout} />
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
              <Readout name="bpAccuracy" label="Points right" source={shown$} text={bpAccuracyReadout} />
              <Readout name="bpLoss" label="Loss" source={shown$} text={bpLossReadout} />
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
              <Readout name="ffAccuracy" label="Points right" source={shown$} text={ffAccuracyReadout} />
              <Readout name="ffGap" label="Goodness gap" source={shown$} text={ffGapReadout} />
            </>
          }
        />
      </div>
      <p className="explain">{explain(snap, engineNote(training.kind))}</p>
      <div className="ff-controls">
        <Choice field="data" />
        <Slider field="bplr" />
        <Slider field="fflr" />
      </div>
      <p className="ff-note">
        Both nets have two hidden layers of 12 units and start from the same seed. Changing a setting starts a fresh run. Forward–forward: Hinton 2022,
        arXiv:2212.13345; the label is written into the input, and a point is classified by the label that gives the most goodness. Other proposals for learning
        without exact backpropagation are reviewed by Lillicrap et al. 2020, Nat. Rev. Neurosci. 21:335.
      </p>
      <Announce source={shown$} text={announcement} />
    </div>
  );
}
